package io.aigcnet.lifecycle.image;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * The perceptual fingerprint of one image: a DCT pHash and horizontal and vertical difference hashes for each of
 * {@link #ALIGNMENTS} alignments (the whole image, then the image without a margin of
 * {@link #CROP_MARGIN} on the left, right, top and bottom). Stored on chain as {@link #SIZE} bytes.
 *
 * <p>{@link #distance} compares the two whole-image alignments and each whole image with the other's cropped
 * alignments, and returns the smallest sum of the three Hamming distances (0..192 bits): a copy cropped by up to
 * about a tenth of one side lines up with one cropped alignment of the original, and adding an independent
 * gradient hash lowers the chance that a distinct image is close on both by accident.
 */
public record Fingerprint(long[] pHash, long[] dHash, long[] vHash) {
    public static final int ALIGNMENTS = 5;
    /** The margin removed by each cropped alignment, as a fraction of the side. */
    public static final double CROP_MARGIN = 0.08;
    public static final int SIZE = ALIGNMENTS * 24;
    /** The largest possible distance. */
    public static final int MAX_DISTANCE = 192;

    public Fingerprint {
        if (pHash.length != ALIGNMENTS || dHash.length != ALIGNMENTS || vHash.length != ALIGNMENTS) {
            throw new IllegalArgumentException("a fingerprint has " + ALIGNMENTS + " alignments of each hash");
        }
        pHash = pHash.clone();
        dHash = dHash.clone();
        vHash = vHash.clone();
    }

    /** The regions of the alignments as {x0, y0, x1, y1} fractions. */
    static double[][] regions() {
        double m = CROP_MARGIN;
        return new double[][] {{0, 0, 1, 1}, {m, 0, 1, 1}, {0, 0, 1 - m, 1}, {0, m, 1, 1}, {0, 0, 1, 1 - m}};
    }

    /** Hamming distance of alignment {@code i} of this and {@code j} of {@code o}, both hashes summed. */
    public int pairDistance(int i, Fingerprint o, int j) {
        return Long.bitCount(pHash[i] ^ o.pHash[j]) + Long.bitCount(dHash[i] ^ o.dHash[j])
                + Long.bitCount(vHash[i] ^ o.vHash[j]);
    }

    /** The crop-tolerant distance in bits (0..128), symmetric. */
    public int distance(Fingerprint o) {
        int best = pairDistance(0, o, 0);
        for (int k = 1; k < ALIGNMENTS; k++) {
            best = Math.min(best, Math.min(pairDistance(0, o, k), pairDistance(k, o, 0)));
        }
        return best;
    }

    /** Whole-image pHash distance alone (the classic 64-bit comparison), for reports. */
    public int pHashDistance(Fingerprint o) {
        return Long.bitCount(pHash[0] ^ o.pHash[0]);
    }

    public byte[] toBytes() {
        ByteBuffer b = ByteBuffer.allocate(SIZE);
        for (int i = 0; i < ALIGNMENTS; i++) {
            b.putLong(pHash[i]).putLong(dHash[i]).putLong(vHash[i]);
        }
        return b.array();
    }

    public static Fingerprint fromBytes(byte[] bytes) {
        if (bytes.length != SIZE) {
            throw new IllegalArgumentException("a fingerprint is " + SIZE + " bytes, got " + bytes.length);
        }
        ByteBuffer b = ByteBuffer.wrap(bytes);
        long[] p = new long[ALIGNMENTS];
        long[] d = new long[ALIGNMENTS];
        long[] v = new long[ALIGNMENTS];
        for (int i = 0; i < ALIGNMENTS; i++) {
            p[i] = b.getLong();
            d[i] = b.getLong();
            v[i] = b.getLong();
        }
        return new Fingerprint(p, d, v);
    }

    public String hex() {
        return java.util.HexFormat.of().formatHex(toBytes());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fingerprint f && Arrays.equals(pHash, f.pHash) && Arrays.equals(dHash, f.dHash)
                && Arrays.equals(vHash, f.vHash);
    }

    @Override
    public int hashCode() {
        return 961 * Arrays.hashCode(pHash) + 31 * Arrays.hashCode(dHash) + Arrays.hashCode(vHash);
    }

    @Override
    public String toString() {
        return "Fingerprint[" + Long.toHexString(pHash[0]) + "/" + Long.toHexString(dHash[0]) + "]";
    }
}
