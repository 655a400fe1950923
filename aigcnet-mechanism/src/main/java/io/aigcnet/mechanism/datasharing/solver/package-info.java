/**
 * Exact contract solvers used as oracles for the learned contract. The paper itself solves the
 * menu only with PPO; here the standard contract-theory reduction (binding IR of the lowest type,
 * binding local downward IC, information-rent-adjusted costs) turns the problem into one concave
 * scalar problem per type, with pool-adjacent-violators ironing when the per-type optima are not
 * monotone in the type. The complete-information benchmark, where the BS sees every type, is here
 * too.
 */
package io.aigcnet.mechanism.datasharing.solver;
