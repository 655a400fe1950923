package io.aigcnet.semcom.metric;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * A minimal protobuf writer for ONNX ModelProto, so the tests can build small real models (field numbers from
 * onnx.proto) without Python or downloaded weights.
 */
final class OnnxBytes {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    byte[] bytes() { return out.toByteArray(); }

    private void varint(long v) {
        while ((v & ~0x7FL) != 0) {
            out.write((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        out.write((int) v);
    }

    OnnxBytes integer(int field, long v) {
        varint((long) field << 3);
        varint(v);
        return this;
    }

    OnnxBytes bytes(int field, byte[] b) {
        varint((long) field << 3 | 2);
        varint(b.length);
        out.writeBytes(b);
        return this;
    }

    OnnxBytes string(int field, String s) { return bytes(field, s.getBytes(StandardCharsets.UTF_8)); }

    OnnxBytes message(int field, OnnxBytes m) { return bytes(field, m.bytes()); }

    /** ValueInfoProto of a float tensor; a dimension below 1 becomes a named dynamic one. */
    static OnnxBytes floatTensor(String name, long... dims) {
        OnnxBytes shape = new OnnxBytes();
        for (int i = 0; i < dims.length; i++) {
            shape.message(1, dims[i] > 0 ? new OnnxBytes().integer(1, dims[i]) : new OnnxBytes().string(2, "d" + i));
        }
        OnnxBytes tensorType = new OnnxBytes().integer(1, 1).message(2, shape); // elem_type FLOAT
        return new OnnxBytes().string(1, name).message(2, new OnnxBytes().message(1, tensorType));
    }

    /** TensorProto initializer of floats (raw little-endian data). */
    static OnnxBytes initializer(String name, float[] data, long... dims) {
        OnnxBytes t = new OnnxBytes();
        for (long d : dims) t.integer(1, d);
        t.integer(2, 1).string(8, name);
        ByteBuffer bb = ByteBuffer.allocate(4 * data.length).order(ByteOrder.LITTLE_ENDIAN);
        for (float f : data) bb.putFloat(f);
        return t.bytes(9, bb.array());
    }

    static OnnxBytes intsAttribute(String name, long... v) {
        OnnxBytes a = new OnnxBytes().string(1, name);
        for (long x : v) a.integer(8, x);
        return a.integer(20, 7); // INTS
    }

    static OnnxBytes intAttribute(String name, long v) {
        return new OnnxBytes().string(1, name).integer(3, v).integer(20, 2); // INT
    }

    static OnnxBytes node(String op, String[] in, String out, OnnxBytes... attributes) {
        OnnxBytes n = new OnnxBytes();
        for (String i : in) n.string(1, i);
        n.string(2, out).string(4, op);
        for (OnnxBytes a : attributes) n.message(5, a);
        return n;
    }

    /** ModelProto, IR version 8, default-domain opset 13. */
    static byte[] model(OnnxBytes graph) {
        return new OnnxBytes().integer(1, 8).string(2, "aigcnet-test").message(7, graph)
                .message(8, new OnnxBytes().string(1, "").integer(2, 13)).bytes();
    }
}
