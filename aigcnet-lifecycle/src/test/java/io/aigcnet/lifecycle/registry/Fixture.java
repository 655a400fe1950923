package io.aigcnet.lifecycle.registry;

import io.aigcnet.core.rng.RngStreams;
import io.aigcnet.lifecycle.client.LocalLifecycle;
import io.aigcnet.lifecycle.image.Edits;
import io.aigcnet.lifecycle.image.ImageFiles;
import io.aigcnet.lifecycle.image.ProceduralAigcImages;
import java.awt.image.BufferedImage;
import java.util.List;

/** A small lifecycle world for the registry tests. */
final class Fixture {
    static final long D = 10 * LocalLifecycle.TOKEN;
    static final long PRICE = 5 * LocalLifecycle.TOKEN;
    /** A threshold in the range the calibration chooses (see the decisions log). */
    static final int THRESHOLD = io.aigcnet.lifecycle.image.Calibration.CALIBRATED_THRESHOLD_BITS;

    static LocalLifecycle world(long seed) {
        return world(seed, 0);
    }

    static LocalLifecycle world(long seed, long pool) {
        return new LocalLifecycle(List.of("alice", "bob", "carol", "mallory", "esp1", "esp2"), 1000 * LocalLifecycle.TOKEN,
                new LifecycleParams(D, 10 * LocalLifecycle.TOKEN, THRESHOLD, 600L * 1_000_000_000L, pool), LocalLifecycle.TOKEN,
                RngStreams.of(seed).stream("lifecycle"));
    }

    static BufferedImage image(long seed) {
        return ProceduralAigcImages.scene(256, seed, seed * 31 + 7);
    }

    static byte[] png(BufferedImage img) {
        return ImageFiles.png(img);
    }

    static byte[] jpegCopy(BufferedImage img) {
        return png(Edits.jpeg(img, 0.5f));
    }

    private Fixture() {
    }
}
