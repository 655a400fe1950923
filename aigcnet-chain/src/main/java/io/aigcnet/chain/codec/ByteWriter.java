package io.aigcnet.chain.codec;

import io.aigcnet.chain.crypto.Address;
import io.aigcnet.chain.crypto.Hash;
import io.aigcnet.chain.crypto.Signature;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Growable big-endian writer of the canonical encoding. Not thread-safe. */
public final class ByteWriter {
    private byte[] buf;
    private int size;

    public ByteWriter(int initialCapacity) {
        buf = new byte[Math.max(16, initialCapacity)];
    }

    private void ensure(int extra) {
        if (size + extra > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + extra));
        }
    }

    public ByteWriter u8(int v) {
        ensure(1);
        buf[size++] = (byte) v;
        return this;
    }

    public ByteWriter bool(boolean v) {
        return u8(v ? 1 : 0);
    }

    public ByteWriter u16(int v) {
        ensure(2);
        buf[size++] = (byte) (v >>> 8);
        buf[size++] = (byte) v;
        return this;
    }

    public ByteWriter i32(int v) {
        ensure(4);
        for (int s = 24; s >= 0; s -= 8) {
            buf[size++] = (byte) (v >>> s);
        }
        return this;
    }

    public ByteWriter i64(long v) {
        ensure(8);
        for (int s = 56; s >= 0; s -= 8) {
            buf[size++] = (byte) (v >>> s);
        }
        return this;
    }

    /** Raw bytes with no length (fixed-size fields). */
    public ByteWriter raw(byte[] b) {
        ensure(b.length);
        System.arraycopy(b, 0, buf, size, b.length);
        size += b.length;
        return this;
    }

    /** Length-prefixed bytes. */
    public ByteWriter bytes(byte[] b) {
        i32(b.length);
        return raw(b);
    }

    public ByteWriter string(String s) {
        return bytes(s.getBytes(StandardCharsets.UTF_8));
    }

    public ByteWriter hash(Hash h) {
        ensure(Hash.SIZE);
        h.copyTo(buf, size);
        size += Hash.SIZE;
        return this;
    }

    public ByteWriter address(Address a) {
        ensure(Address.SIZE);
        a.copyTo(buf, size);
        size += Address.SIZE;
        return this;
    }

    public ByteWriter signature(Signature s) {
        ensure(Signature.SIZE);
        s.copyTo(buf, size);
        size += Signature.SIZE;
        return this;
    }

    public ByteWriter write(Encodable e) {
        e.encodeTo(this);
        return this;
    }

    public int size() {
        return size;
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(buf, size);
    }
}
