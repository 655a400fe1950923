package io.aigcnet.chain.htlc;

import io.aigcnet.chain.codec.ByteReader;
import io.aigcnet.chain.codec.ByteWriter;
import io.aigcnet.chain.codec.DecodeException;
import io.aigcnet.chain.codec.Encodable;
import io.aigcnet.chain.crypto.Hash;
import io.aigcnet.chain.crypto.Sha256;
import java.util.Objects;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * A hash-time lock: legs locked under {@code lockHash} execute only for the preimage R with SHA-256(R) =
 * {@code lockHash}, revealed no later than {@code expiresAtNanos}; after that they can only be refunded.
 * Preimages are exactly {@link #PREIMAGE_SIZE} bytes, so a reveal can never be padded or truncated.
 */
public record HashLock(Hash lockHash, long expiresAtNanos) implements Encodable {
    /** Length of every preimage R, in bytes (256 bits, like the hash). */
    public static final int PREIMAGE_SIZE = 32;

    public HashLock {
        Objects.requireNonNull(lockHash, "lockHash");
        if (expiresAtNanos < 0) {
            throw new IllegalArgumentException("expiresAtNanos must be >= 0, got " + expiresAtNanos);
        }
    }

    /** A fresh secret R drawn from the caller's (seeded) stream. */
    public static byte[] newPreimage(UniformRandomProvider rng) {
        byte[] r = new byte[PREIMAGE_SIZE];
        rng.nextBytes(r);
        return r;
    }

    /** H(R): the hash that locks legs to the preimage R. */
    public static Hash lockOf(byte[] preimage) {
        return Sha256.hash(preimage);
    }

    /** True iff {@code preimage} is well formed and hashes to {@code lockHash}. */
    public static boolean opens(Hash lockHash, byte[] preimage) {
        return preimage != null && preimage.length == PREIMAGE_SIZE && lockOf(preimage).equals(lockHash);
    }

    /** True iff {@code preimage} opens this lock (ignores time; see {@link #claimableAt}). */
    public boolean opens(byte[] preimage) {
        return opens(lockHash, preimage);
    }

    /** A reveal at {@code nowNanos} still executes the legs (the deadline is inclusive). */
    public boolean claimableAt(long nowNanos) {
        return nowNanos <= expiresAtNanos;
    }

    /** After the deadline the locked legs can only be refunded. */
    public boolean refundableAt(long nowNanos) {
        return nowNanos > expiresAtNanos;
    }

    @Override
    public void encodeTo(ByteWriter out) {
        out.hash(lockHash).i64(expiresAtNanos);
    }

    public static HashLock decode(ByteReader in) throws DecodeException {
        return new HashLock(in.hash("lock.hash"), in.u63("lock.expiresAt"));
    }
}
