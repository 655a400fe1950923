/** Soft actor-critic, continuous (tanh-Gaussian) and discrete (categorical), with automatic entropy tuning. */
package io.aigcnet.learn.algo.sac;
