package io.aigcnet.semcom.metric;

import io.aigcnet.semcom.pixel.RgbImage;
import java.nio.file.Path;

/** DreamSim from an ONNX export of its embedding network: G-SemCom eq. (15), D = 1 − cos(f(g0), f(g1)). */
public final class OnnxDreamSim implements PerceptualDistanceModel {
    private final OnnxImageNetwork net;

    public OnnxDreamSim(Path model, Preprocess pre) {
        this.net = new OnnxImageNetwork(model, pre);
    }

    @Override
    public double distance(RgbImage reference, RgbImage image) {
        return cosineDistance(net.run(reference), net.run(image));
    }

    @Override
    public java.util.function.ToDoubleFunction<RgbImage> against(RgbImage reference) {
        float[] ref = net.run(reference);
        return image -> cosineDistance(ref, net.run(image));
    }

    /** G-SemCom eq. (15): 1 − cosine similarity of two embeddings. */
    static double cosineDistance(float[] a, float[] b) {
        if (a.length != b.length || a.length == 0) throw new IllegalArgumentException("embeddings of different or zero length");
        double dot = 0, na = 0, nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += (double) a[i] * b[i];
            na += (double) a[i] * a[i];
            nb += (double) b[i] * b[i];
        }
        if (na == 0 || nb == 0) throw new IllegalArgumentException("a zero embedding has no direction");
        return 1 - dot / Math.sqrt(na * nb);
    }

    @Override
    public String name() {
        return "DreamSim (ONNX model " + net + ")";
    }

    @Override
    public void close() {
        net.close();
    }
}
