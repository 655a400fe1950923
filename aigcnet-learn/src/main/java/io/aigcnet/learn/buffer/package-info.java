/** The buffer role: replay storage for off-policy learners (on-policy rollouts live in {@code collect}). */
package io.aigcnet.learn.buffer;
