package io.aigcnet.lifecycle.image;

import java.awt.image.BufferedImage;

/** Computes the {@link Fingerprint} of an image. Stateless and thread-safe. */
public final class Fingerprinter {
    private Fingerprinter() {
    }

    public static Fingerprint of(BufferedImage img) {
        LumaImage luma = LumaImage.of(img);
        double[][] regions = Fingerprint.regions();
        long[] p = new long[Fingerprint.ALIGNMENTS];
        long[] d = new long[Fingerprint.ALIGNMENTS];
        long[] v = new long[Fingerprint.ALIGNMENTS];
        for (int i = 0; i < regions.length; i++) {
            double[] r = regions[i];
            p[i] = DctPHash.of(luma, r[0], r[1], r[2], r[3]);
            d[i] = DifferenceHash.of(luma, r[0], r[1], r[2], r[3]);
            v[i] = DifferenceHash.vertical(luma, r[0], r[1], r[2], r[3]);
        }
        return new Fingerprint(p, d, v);
    }
}
