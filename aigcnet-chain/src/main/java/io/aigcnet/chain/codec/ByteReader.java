package io.aigcnet.chain.codec;

import io.aigcnet.chain.crypto.Address;
import io.aigcnet.chain.crypto.Hash;
import io.aigcnet.chain.crypto.Signature;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Bounds-checked big-endian reader. Every method names the field it reads so that a
 * {@link DecodeException} says exactly what was malformed.
 */
public final class ByteReader {
    private final byte[] buf;
    private int pos;

    public ByteReader(byte[] buf) {
        this.buf = buf;
    }

    private void need(String field, int n) throws DecodeException {
        if (n < 0 || buf.length - pos < n) {
            throw new DecodeException(field, "needs " + n + " bytes at offset " + pos + ", only " + (buf.length - pos) + " left");
        }
    }

    public int u8(String field) throws DecodeException {
        need(field, 1);
        return buf[pos++] & 0xFF;
    }

    public boolean bool(String field) throws DecodeException {
        int v = u8(field);
        if (v > 1) {
            throw new DecodeException(field, "boolean must be 0 or 1, got " + v);
        }
        return v == 1;
    }

    public int u16(String field) throws DecodeException {
        need(field, 2);
        int v = ((buf[pos] & 0xFF) << 8) | (buf[pos + 1] & 0xFF);
        pos += 2;
        return v;
    }

    public int i32(String field) throws DecodeException {
        need(field, 4);
        int v = 0;
        for (int i = 0; i < 4; i++) {
            v = (v << 8) | (buf[pos++] & 0xFF);
        }
        return v;
    }

    public long i64(String field) throws DecodeException {
        need(field, 8);
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v = (v << 8) | (buf[pos++] & 0xFF);
        }
        return v;
    }

    /** A non-negative long, for amounts, nonces, heights and times. */
    public long u63(String field) throws DecodeException {
        long v = i64(field);
        if (v < 0) {
            throw new DecodeException(field, "must be non-negative, got " + v);
        }
        return v;
    }

    /** A count in [0, max]. */
    public int count(String field, int max) throws DecodeException {
        int n = i32(field);
        if (n < 0 || n > max) {
            throw new DecodeException(field, "count must be in [0, " + max + "], got " + n);
        }
        return n;
    }

    public byte[] raw(String field, int n) throws DecodeException {
        need(field, n);
        byte[] out = Arrays.copyOfRange(buf, pos, pos + n);
        pos += n;
        return out;
    }

    /** Length-prefixed bytes of at most {@code max} bytes. */
    public byte[] bytes(String field, int max) throws DecodeException {
        int n = count(field + ".length", max);
        return raw(field, n);
    }

    public String string(String field, int maxBytes) throws DecodeException {
        byte[] b = bytes(field, maxBytes);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            throw new DecodeException(field, "not valid UTF-8");
        }
    }

    public Hash hash(String field) throws DecodeException {
        return Hash.of(raw(field, Hash.SIZE));
    }

    public Address address(String field) throws DecodeException {
        return Address.ofPublicKey(raw(field, Address.SIZE));
    }

    public Signature signature(String field) throws DecodeException {
        return Signature.of(raw(field, Signature.SIZE));
    }

    /** A count-prefixed list of at most {@code max} items. */
    public <T> List<T> list(String field, int max, Decoder<T> item) throws DecodeException {
        int n = count(field + ".count", max);
        // never pre-size from untrusted input beyond what the remaining bytes could hold
        List<T> out = new ArrayList<>(Math.min(n, remaining()));
        for (int i = 0; i < n; i++) {
            out.add(item.decode(this));
        }
        return List.copyOf(out);
    }

    public int remaining() {
        return buf.length - pos;
    }

    public int position() {
        return pos;
    }

    public void expectEnd() throws DecodeException {
        if (pos != buf.length) {
            throw new DecodeException("end", (buf.length - pos) + " trailing bytes");
        }
    }
}
