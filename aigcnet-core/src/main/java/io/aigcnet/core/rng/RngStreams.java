package io.aigcnet.core.rng;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.commons.rng.RestorableUniformRandomProvider;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Named random streams split from one root seed.
 *
 * <p>Each stream's seed is derived from (root seed, stream name) alone, so adding, removing or
 * re-ordering draws in one stream never shifts another: changing the policy's randomness does
 * not change the environment's. The same (root, name) always gives the same sequence; asking
 * twice for a name returns the same provider instance (continuing its sequence), while
 * {@link #fresh(String)} returns a new provider at the start of that stream.
 */
public final class RngStreams {
    private final long rootSeed;
    private final Map<String, UniformRandomProvider> streams = new ConcurrentHashMap<>();

    private RngStreams(long rootSeed) {
        this.rootSeed = rootSeed;
    }

    public static RngStreams of(long rootSeed) {
        return new RngStreams(rootSeed);
    }

    public long rootSeed() {
        return rootSeed;
    }

    /** The shared provider for this name (created on first use). */
    public UniformRandomProvider stream(String name) {
        return streams.computeIfAbsent(name, this::fresh);
    }

    /** A new provider positioned at the start of the named stream. */
    public RestorableUniformRandomProvider fresh(String name) {
        return RandomSource.XO_RO_SHI_RO_128_PP.create(seedFor(name));
    }

    /** A child family: {@code child("seed-3").stream("env")} differs from {@code stream("env")}. */
    public RngStreams child(String name) {
        return new RngStreams(seedFor(name)[0] ^ Long.rotateLeft(seedFor(name)[1], 17));
    }

    /** Two 64-bit words from SplitMix64 over (root, FNV-1a hash of the UTF-8 name). */
    long[] seedFor(String name) {
        long h = 0xcbf29ce484222325L;
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            h ^= (b & 0xff);
            h *= 0x100000001b3L;
        }
        long state = rootSeed ^ Long.rotateLeft(h, 31);
        long a = splitMix(state += 0x9E3779B97F4A7C15L);
        long b = splitMix(state + 0x9E3779B97F4A7C15L);
        if (a == 0 && b == 0) b = 1; // xoroshiro must not be seeded with all zeros
        return new long[] {a, b};
    }

    private static long splitMix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
