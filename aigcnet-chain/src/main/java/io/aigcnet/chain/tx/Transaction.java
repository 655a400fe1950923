package io.aigcnet.chain.tx;

import io.aigcnet.chain.codec.ByteReader;
import io.aigcnet.chain.codec.ByteWriter;
import io.aigcnet.chain.codec.DecodeException;
import io.aigcnet.chain.codec.Encodable;
import io.aigcnet.chain.crypto.Address;
import io.aigcnet.chain.crypto.Hash;
import io.aigcnet.chain.crypto.KeyPair;
import io.aigcnet.chain.crypto.Sha256;
import io.aigcnet.chain.crypto.Signature;
import io.aigcnet.chain.crypto.SignatureScheme;

/**
 * A signed anchor-chain transaction. The body is {@code type u8 | sender 32 | receiver 32 | nonce i64 |
 * fee i64 | value i64 | payload (u32 length + bytes)}; its SHA-256 is the transaction id, and the sender
 * signs the 32-byte id. The full encoding is body followed by the 64-byte signature. Amounts are exact
 * {@code long} minor units.
 */
public final class Transaction implements Encodable {
    /** Largest payload accepted (a roll-up of 500 hashes plus headroom). */
    public static final int MAX_PAYLOAD = 64 * 1024;

    private final TxType type;
    private final Address sender;
    private final Address receiver;
    private final long nonce;
    private final long fee;
    private final long value;
    private final byte[] payload;
    private final Signature signature;
    private final Hash id;
    private final int encodedSize;

    private Transaction(TxType type, Address sender, Address receiver, long nonce, long fee, long value,
            byte[] payload, Signature signature, Hash id) {
        this.type = type;
        this.sender = sender;
        this.receiver = receiver;
        this.nonce = nonce;
        this.fee = fee;
        this.value = value;
        this.payload = payload;
        this.signature = signature;
        this.id = id;
        this.encodedSize = bodySize(payload.length) + Signature.SIZE;
    }

    private static int bodySize(int payloadLength) {
        return 1 + 2 * Address.SIZE + 3 * 8 + 4 + payloadLength;
    }

    /** Builds and signs a transaction. */
    public static Transaction sign(TxType type, KeyPair sender, Address receiver, long nonce, long fee, long value,
            byte[] payload, SignatureScheme scheme) {
        if (nonce < 0 || fee < 0 || value < 0) {
            throw new IllegalArgumentException("nonce, fee and value must be >= 0, got " + nonce + ", " + fee + ", " + value);
        }
        if (payload.length > MAX_PAYLOAD) {
            throw new IllegalArgumentException("payload must be <= " + MAX_PAYLOAD + " bytes, got " + payload.length);
        }
        byte[] p = payload.clone();
        Hash id = Sha256.hash(body(type, sender.address(), receiver, nonce, fee, value, p));
        Signature sig = scheme.sign(sender, id.toBytes());
        return new Transaction(type, sender.address(), receiver, nonce, fee, value, p, sig, id);
    }

    public static Transaction transfer(KeyPair sender, Address receiver, long nonce, long fee, long value, SignatureScheme scheme) {
        return sign(TxType.TRANSFER, sender, receiver, nonce, fee, value, new byte[0], scheme);
    }

    private static byte[] body(TxType type, Address sender, Address receiver, long nonce, long fee, long value, byte[] payload) {
        ByteWriter w = new ByteWriter(bodySize(payload.length));
        writeBody(w, type, sender, receiver, nonce, fee, value, payload);
        return w.toByteArray();
    }

    private static void writeBody(ByteWriter w, TxType type, Address sender, Address receiver, long nonce, long fee,
            long value, byte[] payload) {
        w.u8(type.code()).address(sender).address(receiver).i64(nonce).i64(fee).i64(value).bytes(payload);
    }

    @Override
    public void encodeTo(ByteWriter out) {
        writeBody(out, type, sender, receiver, nonce, fee, value, payload);
        out.signature(signature);
    }

    /** Decodes one transaction; the id is recomputed from the body, never trusted from the wire. */
    public static Transaction decode(ByteReader in) throws DecodeException {
        int start = in.position();
        TxType type = TxType.ofCode(in.u8("tx.type"));
        Address sender = in.address("tx.sender");
        Address receiver = in.address("tx.receiver");
        long nonce = in.u63("tx.nonce");
        long fee = in.u63("tx.fee");
        long value = in.u63("tx.value");
        byte[] payload = in.bytes("tx.payload", MAX_PAYLOAD);
        Signature sig = in.signature("tx.signature");
        Hash id = Sha256.hash(body(type, sender, receiver, nonce, fee, value, payload));
        assert in.position() - start == bodySize(payload.length) + Signature.SIZE;
        return new Transaction(type, sender, receiver, nonce, fee, value, payload, sig, id);
    }

    /** True if the signature is the sender's over the id. */
    public boolean verifySignature(SignatureScheme scheme) {
        return scheme.verify(sender, id.toBytes(), signature);
    }

    public TxType type() {
        return type;
    }

    public Address sender() {
        return sender;
    }

    public Address receiver() {
        return receiver;
    }

    public long nonce() {
        return nonce;
    }

    public long fee() {
        return fee;
    }

    public long value() {
        return value;
    }

    public byte[] payload() {
        return payload.clone();
    }

    public int payloadSize() {
        return payload.length;
    }

    public Signature signature() {
        return signature;
    }

    public Hash id() {
        return id;
    }

    /** Exact size of {@link #encode()} in bytes. */
    public int encodedSize() {
        return encodedSize;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Transaction t && t.id.equals(id) && t.signature.equals(signature);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "Tx[" + type + " " + id + " nonce=" + nonce + " fee=" + fee + " payload=" + payload.length + "B]";
    }
}
