package io.aigcnet.lifecycle.bench;

import io.aigcnet.lifecycle.image.Fingerprinter;
import io.aigcnet.lifecycle.image.ImageFiles;
import io.aigcnet.lifecycle.image.ProceduralAigcImages;
import java.awt.image.BufferedImage;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * Thread CPU time per 1024 x 1024 fingerprint: on a shared, overloaded machine the CPU time of the one
 * thread is the honest "one core" figure (JMH reports wall time). Run: see docs/performance.md.
 */
public final class FingerprintCpuTime {
    private FingerprintCpuTime() {
    }

    public static void main(String[] args) {
        BufferedImage img = ProceduralAigcImages.scene(1024, 42, 43);
        byte[] png = ImageFiles.png(img);
        ThreadMXBean t = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 30; i++) {
            Fingerprinter.of(img);
        }
        int n = 100;
        long c0 = t.getCurrentThreadCpuTime();
        long w0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            Fingerprinter.of(img);
        }
        long c1 = t.getCurrentThreadCpuTime();
        long w1 = System.nanoTime();
        System.out.printf(Locale.ROOT, "fingerprint 1024x1024: %.2f ms CPU, %.2f ms wall per image%n", (c1 - c0) / 1e6 / n, (w1 - w0) / 1e6 / n);
        for (int i = 0; i < 5; i++) {
            Fingerprinter.of(ImageFiles.decode(png, "bench"));
        }
        n = 20;
        c0 = t.getCurrentThreadCpuTime();
        for (int i = 0; i < n; i++) {
            Fingerprinter.of(ImageFiles.decode(png, "bench"));
        }
        System.out.printf(Locale.ROOT, "decode PNG + fingerprint: %.2f ms CPU per image (%d KiB PNG)%n",
                (t.getCurrentThreadCpuTime() - c0) / 1e6 / n, png.length / 1024);
    }
}
