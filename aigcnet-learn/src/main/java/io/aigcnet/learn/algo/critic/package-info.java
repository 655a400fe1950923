/** Critics shared by the off-policy learners (SAC, discrete SAC, diffusion actor-critic). */
package io.aigcnet.learn.algo.critic;
