/** Running statistics for observation normalisation. */
package io.aigcnet.learn.norm;
