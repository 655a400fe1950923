/** Throughput measurements of the toolkit (env steps/s, gradient updates/s, diffusion per-step time) behind {@code aigcnet bench learn}. */
package io.aigcnet.learn.bench;
