package io.aigcnet.semcom.metric;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import io.aigcnet.semcom.pixel.RgbImage;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * One exported image network run by ONNX Runtime: a single float image input of shape [1, 3, h, w] or
 * [1, h, w, 3] (a dynamic size takes the preprocessing's default) and a float first output, returned flat.
 * The layout is read from the model, so both PyTorch (channels first) and Keras (channels last) exports work.
 */
final class OnnxImageNetwork implements AutoCloseable {
    private final Path file;
    private final OrtEnvironment env;
    private final OrtSession session;
    private final String input;
    private final boolean channelsLast;
    private final int height;
    private final int width;
    private final Preprocess pre;

    OnnxImageNetwork(Path file, Preprocess pre) {
        if (!Files.isRegularFile(file)) throw new IllegalArgumentException("model file " + file + " does not exist or is not a file");
        this.file = file;
        this.pre = pre;
        try {
            this.env = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions opts = new OrtSession.SessionOptions();
            opts.setIntraOpNumThreads(1); // one image at a time; callers parallelise over images if they want
            this.session = env.createSession(file.toString(), opts);
            Map<String, NodeInfo> inputs = session.getInputInfo();
            if (inputs.size() != 1) {
                throw new IllegalArgumentException("model " + file + " has " + inputs.size() + " inputs " + inputs.keySet()
                        + "; an image model with exactly one input is needed");
            }
            var entry = inputs.entrySet().iterator().next();
            this.input = entry.getKey();
            if (!(entry.getValue().getInfo() instanceof TensorInfo ti) || ti.getShape().length != 4) {
                throw new IllegalArgumentException("model " + file + ": input '" + input + "' must be a 4-d float tensor, is "
                        + entry.getValue().getInfo());
            }
            long[] s = ti.getShape();
            if (s[1] == 3) {
                channelsLast = false;
                height = dim(s[2]);
                width = dim(s[3]);
            } else if (s[3] == 3) {
                channelsLast = true;
                height = dim(s[1]);
                width = dim(s[2]);
            } else {
                throw new IllegalArgumentException("model " + file + ": input shape " + java.util.Arrays.toString(s)
                        + " has no 3-channel axis at position 1 (NCHW) or 3 (NHWC)");
            }
        } catch (OrtException e) {
            throw new IllegalArgumentException("model " + file + " could not be loaded by ONNX Runtime: " + e.getMessage(), e);
        }
    }

    private int dim(long d) {
        return d > 0 ? (int) d : pre.defaultSize();
    }

    int height() { return height; }

    int width() { return width; }

    boolean channelsLast() { return channelsLast; }

    float[] run(RgbImage img) {
        float[] data = pre.tensor(img, height, width, channelsLast);
        long[] shape = channelsLast ? new long[] {1, height, width, 3} : new long[] {1, 3, height, width};
        try (OnnxTensor t = OnnxTensor.createTensor(env, FloatBuffer.wrap(data), shape);
             OrtSession.Result r = session.run(Map.of(input, t))) {
            if (!(r.get(0) instanceof OnnxTensor out)) throw new IllegalStateException("model " + file + ": first output is not a tensor");
            FloatBuffer fb = out.getFloatBuffer();
            if (fb == null) throw new IllegalStateException("model " + file + ": first output is not a float tensor");
            float[] v = new float[fb.remaining()];
            fb.get(v);
            return v;
        } catch (OrtException e) {
            throw new IllegalStateException("model " + file + " failed on an image: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return file.getFileName().toString();
    }
}
