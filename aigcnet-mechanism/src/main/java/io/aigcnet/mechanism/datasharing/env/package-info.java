/**
 * The contract-design MDP of eqs. (11)-(13) as an {@link io.aigcnet.learn.env.Env}: each round an
 * i.i.d. random network state, a menu as the action, U_B as the reward when IR and IC hold and a
 * fixed penalty otherwise. Also the pieces shared by every contract designer - the random state
 * distribution, the action encoding, the reward rule - and the paper's Random baseline, so that
 * PPO, the exact solver and Random are evaluated by the same code on the same states.
 */
package io.aigcnet.mechanism.datasharing.env;
