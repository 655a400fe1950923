package io.aigcnet.chain.codec;

/** Reads one value from a {@link ByteReader}. */
@FunctionalInterface
public interface Decoder<T> {
    T decode(ByteReader in) throws DecodeException;

    /** Decodes a whole buffer and rejects trailing bytes, so one value has one encoding. */
    default T decodeAll(byte[] bytes) throws DecodeException {
        ByteReader in = new ByteReader(bytes);
        T value = decode(in);
        in.expectEnd();
        return value;
    }
}
