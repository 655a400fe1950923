package io.aigcnet.semcom.metric;

import io.aigcnet.semcom.pixel.RgbImage;
import java.nio.file.Path;

/** NIMA from an ONNX export (e.g. the idealo MobileNet weights converted with tf2onnx): 10 softmax outputs → eq. (16). */
public final class OnnxNima implements AestheticModel {
    private final OnnxImageNetwork net;

    public OnnxNima(Path model, Preprocess pre) {
        this.net = new OnnxImageNetwork(model, pre);
    }

    @Override
    public NimaScore score(RgbImage image) {
        return NimaScore.of(net.run(image));
    }

    @Override
    public String name() {
        return "NIMA (ONNX model " + net + ")";
    }

    @Override
    public void close() {
        net.close();
    }
}
