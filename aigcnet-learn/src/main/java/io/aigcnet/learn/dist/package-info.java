/** Batched action distributions (categorical, diagonal Gaussian, tanh-squashed) as DJL tensor functions. */
package io.aigcnet.learn.dist;
