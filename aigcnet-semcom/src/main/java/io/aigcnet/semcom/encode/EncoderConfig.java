package io.aigcnet.semcom.encode;

/**
 * Settings of Algorithm 1. {@code binarize = false} and {@code cluster = false} switch off eq. (8)
 * (every pixel of every map is kept) and eq. (13) (S* = S) for the ablation of Fig. 12.
 */
public record EncoderConfig(XiScheme xi, DbscanParams dbscan, boolean binarize, boolean cluster) {
    public EncoderConfig {
        if (xi == null || dbscan == null) throw new IllegalArgumentException("xi and dbscan are required");
    }

    public static EncoderConfig paper() { return new EncoderConfig(XiScheme.paper(), DbscanParams.defaults(), true, true); }

    public EncoderConfig withXi(XiScheme x) { return new EncoderConfig(x, dbscan, binarize, cluster); }

    public EncoderConfig withDbscan(DbscanParams d) { return new EncoderConfig(xi, d, binarize, cluster); }

    public EncoderConfig withBinarize(boolean b) { return new EncoderConfig(xi, dbscan, b, cluster); }

    public EncoderConfig withCluster(boolean c) { return new EncoderConfig(xi, dbscan, binarize, c); }
}
