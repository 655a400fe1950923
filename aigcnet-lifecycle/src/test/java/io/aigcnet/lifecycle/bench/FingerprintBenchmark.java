package io.aigcnet.lifecycle.bench;

import io.aigcnet.lifecycle.image.Fingerprint;
import io.aigcnet.lifecycle.image.Fingerprinter;
import io.aigcnet.lifecycle.image.ImageFiles;
import io.aigcnet.lifecycle.image.ProceduralAigcImages;
import java.awt.image.BufferedImage;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Time to fingerprint a 1024 x 1024 image on one thread: from a decoded image (the hash alone), and from
 * PNG bytes (decode + hash, what a validator does per claim). Run: see docs/performance.md ("AIGC lifecycle").
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class FingerprintBenchmark {
    BufferedImage image;
    byte[] png;

    @Setup
    public void setup() {
        image = ProceduralAigcImages.scene(1024, 42, 43);
        png = ImageFiles.png(image);
    }

    @Benchmark
    public Fingerprint fingerprint1024() {
        return Fingerprinter.of(image);
    }

    @Benchmark
    public Fingerprint decodePngAndFingerprint1024() {
        return Fingerprinter.of(ImageFiles.decode(png, "bench"));
    }
}
