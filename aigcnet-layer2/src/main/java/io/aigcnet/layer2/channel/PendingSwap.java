package io.aigcnet.layer2.channel;

import io.aigcnet.chain.codec.ByteReader;
import io.aigcnet.chain.codec.ByteWriter;
import io.aigcnet.chain.codec.DecodeException;
import io.aigcnet.chain.codec.Encodable;
import io.aigcnet.chain.crypto.Hash;
import io.aigcnet.chain.htlc.HashLock;

/**
 * Both locks of one round, under the same hash H(R): the MASP's ownership of H(P) (step b) and the
 * client's fee (step c). Whoever presents R with SHA-256(R) = {@code lockHash} before
 * {@code expiresAtNanos} executes BOTH legs; otherwise both are refunded. One condition for both legs
 * is what makes the swap atomic.
 */
public record PendingSwap(Hash lockHash, Transfer transfer, long expiresAtNanos) implements Encodable {
    /** The swap's hash-time lock (the shared primitive of aigcnet-chain). */
    public HashLock lock() {
        return new HashLock(lockHash, expiresAtNanos);
    }

    @Override
    public void encodeTo(ByteWriter out) {
        out.hash(lockHash).write(transfer).i64(expiresAtNanos);
    }

    static PendingSwap decode(ByteReader in) throws DecodeException {
        return new PendingSwap(in.hash("pending.lockHash"), Transfer.decode(in), in.u63("pending.expiresAt"));
    }
}
