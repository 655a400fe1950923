/** Seeded randomness: one root seed per run, split into independent named streams. */
package io.aigcnet.core.rng;
