/**
 * A contract game as a one-step learning environment for aigcnet-learn: the observation is the state e scaled to
 * [−1, 1] by its sampling box, the action is a point of [−1, 1]² that every learner decodes the same way into the
 * contract box, the agent best-responds inside the environment, and the reward is the principal's utility when
 * IR and IC hold, the penalty otherwise.
 */
package io.aigcnet.mechanism.contract.env;
