package io.aigcnet.learn.train;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/** Derives independent child generators from a parent, so each role (init, env, actions, minibatches) has its own stream. */
public final class Rngs {
    private Rngs() {}

    public static UniformRandomProvider child(UniformRandomProvider parent) {
        return RandomSource.XO_RO_SHI_RO_128_PP.create(parent.nextLong());
    }

    public static UniformRandomProvider seeded(long seed) {
        return RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
    }
}
