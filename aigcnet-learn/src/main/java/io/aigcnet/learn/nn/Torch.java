package io.aigcnet.learn.nn;

import ai.djl.engine.Engine;

/**
 * Starts the DJL PyTorch engine once, offline and single-threaded.
 *
 * <p>Why single-threaded: the networks here are small (≤ 256 wide), so intra-op threading buys
 * little on a 2-core machine shared by several processes, and one thread makes float reductions
 * run in a fixed order, which is what "same seed ⇒ same curve" needs. Why offline: the
 * {@code pytorch-native-cpu} jar on the classpath carries libtorch, so DJL must never try to
 * download it. Both are JVM system properties read by DJL when the engine first loads, so they
 * are only set here when the caller has not set them (a user may still pass {@code -D...}).
 */
public final class Torch {
    private static volatile boolean started;

    private Torch() {}

    /** Loads the engine (idempotent) and returns it. */
    public static Engine engine() {
        if (!started) {
            synchronized (Torch.class) {
                if (!started) {
                    setIfAbsent("ai.djl.offline", "true");
                    setIfAbsent("ai.djl.pytorch.num_threads", "1");
                    setIfAbsent("ai.djl.pytorch.num_interop_threads", "1");
                    Engine.getEngine("PyTorch");
                    started = true;
                }
            }
        }
        return Engine.getEngine("PyTorch");
    }

    /**
     * Seeds PyTorch's own generator. Our code draws every random number from a
     * {@code UniformRandomProvider} and uploads it, so this only guards library internals.
     */
    public static void seed(long seed) {
        engine().setRandomSeed((int) (seed ^ (seed >>> 32)));
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) System.setProperty(key, value);
    }
}
