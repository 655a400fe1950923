/** Proximal Policy Optimisation: configuration, actor-critic policy, GAE, the clipped loss and the update. */
package io.aigcnet.learn.algo.ppo;
