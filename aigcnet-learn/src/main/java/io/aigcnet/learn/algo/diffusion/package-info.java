/**
 * The diffusion-policy actor (D2SAC/GDMOPT, G-SemCom's ADD): VP β schedule, sinusoidal step embedding,
 * Mish MLP noise predictor with a pluggable state encoder, the T-step DDPM reverse chain, and the
 * actor-critic that trains it against twin critics.
 */
package io.aigcnet.learn.algo.diffusion;
