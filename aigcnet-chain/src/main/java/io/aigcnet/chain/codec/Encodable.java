package io.aigcnet.chain.codec;

/** A value with a canonical binary encoding. */
public interface Encodable {
    void encodeTo(ByteWriter out);

    default byte[] encode() {
        ByteWriter w = new ByteWriter(64);
        encodeTo(w);
        return w.toByteArray();
    }
}
