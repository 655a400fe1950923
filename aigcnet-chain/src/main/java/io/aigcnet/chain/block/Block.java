package io.aigcnet.chain.block;

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
import io.aigcnet.chain.tx.Transaction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A block: signed header, transactions, the commit certificate of the parent (how full nodes learn
 * finality, like Tendermint's LastCommit) and equivocation evidence. The block hash is the header hash.
 */
public final class Block implements Encodable {
    public static final int MAX_TXS = 100_000;
    public static final int MAX_EVIDENCE = 64;

    private final BlockHeader header;
    private final Signature signature;
    private final List<Transaction> txs;
    private final Optional<CommitCertificate> lastCommit;
    private final List<Evidence> evidence;
    private final Hash hash;
    private volatile Boolean integrity;

    private Block(BlockHeader header, Signature signature, List<Transaction> txs, Optional<CommitCertificate> lastCommit,
            List<Evidence> evidence) {
        this.header = header;
        this.signature = signature;
        this.txs = List.copyOf(txs);
        this.lastCommit = lastCommit;
        this.evidence = List.copyOf(evidence);
        this.hash = header.hash();
    }

    public static Block produce(long height, long slot, Hash parent, long timeNanos, List<Transaction> txs,
            Optional<CommitCertificate> lastCommit, List<Evidence> evidence, KeyPair producer, SignatureScheme scheme) {
        BlockHeader h = new BlockHeader(height, slot, parent, txRoot(txs), extrasHash(lastCommit, evidence), timeNanos,
                producer.address(), txs.size());
        return new Block(h, scheme.sign(producer, h.hash().toBytes()), txs, lastCommit, evidence);
    }

    /** Merkle root of the transaction ids (an odd node is paired with itself; empty = ZERO). */
    public static Hash txRoot(List<Transaction> txs) {
        if (txs.isEmpty()) {
            return Hash.ZERO;
        }
        List<Hash> level = new ArrayList<>(txs.size());
        for (Transaction t : txs) {
            level.add(t.id());
        }
        while (level.size() > 1) {
            List<Hash> next = new ArrayList<>((level.size() + 1) / 2);
            for (int i = 0; i < level.size(); i += 2) {
                Hash l = level.get(i);
                next.add(Sha256.hashPair(l, i + 1 < level.size() ? level.get(i + 1) : l));
            }
            level = next;
        }
        return level.get(0);
    }

    static Hash extrasHash(Optional<CommitCertificate> lastCommit, List<Evidence> evidence) {
        ByteWriter w = new ByteWriter(512);
        writeExtras(w, lastCommit, evidence);
        return Sha256.hash(w.toByteArray());
    }

    private static void writeExtras(ByteWriter w, Optional<CommitCertificate> lastCommit, List<Evidence> evidence) {
        w.bool(lastCommit.isPresent());
        lastCommit.ifPresent(c -> c.encodeTo(w));
        w.i32(evidence.size());
        for (Evidence e : evidence) {
            e.encodeTo(w);
        }
    }

    /** Structural integrity: producer signature, tx root, extras hash and count match the header. */
    public boolean verifyIntegrity(SignatureScheme scheme) {
        // one decoded instance is checked once (in the simulator all nodes share the instance; the
        // modelled verification time is charged separately)
        Boolean memo = integrity;
        if (memo == null) {
            memo = checkIntegrity(scheme);
            integrity = memo;
        }
        return memo;
    }

    private boolean checkIntegrity(SignatureScheme scheme) {
        return header.txCount() == txs.size() && header.txRoot().equals(txRoot(txs))
                && header.extrasHash().equals(extrasHash(lastCommit, evidence))
                && scheme.verify(header.producer(), hash.toBytes(), signature);
    }

    @Override
    public void encodeTo(ByteWriter out) {
        header.encodeTo(out);
        out.signature(signature);
        out.i32(txs.size());
        for (Transaction t : txs) {
            t.encodeTo(out);
        }
        writeExtras(out, lastCommit, evidence);
    }

    public static Block decode(ByteReader in) throws DecodeException {
        BlockHeader h = BlockHeader.decode(in);
        Signature sig = in.signature("block.signature");
        List<Transaction> txs = in.list("block.txs", MAX_TXS, Transaction::decode);
        Optional<CommitCertificate> lc = in.bool("block.hasLastCommit") ? Optional.of(CommitCertificate.decode(in)) : Optional.empty();
        List<Evidence> ev = in.list("block.evidence", MAX_EVIDENCE, Evidence::decode);
        return new Block(h, sig, txs, lc, ev);
    }

    /** Exact encoded size in bytes (what a store writes before compression). */
    public int encodedSize() {
        int size = BlockHeader.ENCODED_SIZE + Signature.SIZE + 4 + 1 + 4;
        for (Transaction t : txs) {
            size += t.encodedSize();
        }
        if (lastCommit.isPresent()) {
            size += 8 + 8 + Hash.SIZE + 4 + lastCommit.get().precommits().size() * Vote.ENCODED_SIZE;
        }
        return size + evidence.size() * 2 * Vote.ENCODED_SIZE;
    }

    /** Canonical (paper) size: header 120 B + 99 B per transaction. */
    public long canonicalSize() {
        return CanonicalSize.blockBytes(txs.size(), 0);
    }

    public BlockHeader header() {
        return header;
    }

    public Hash hash() {
        return hash;
    }

    public long height() {
        return header.height();
    }

    public Address producer() {
        return header.producer();
    }

    public Signature signature() {
        return signature;
    }

    public List<Transaction> txs() {
        return txs;
    }

    public Optional<CommitCertificate> lastCommit() {
        return lastCommit;
    }

    public List<Evidence> evidence() {
        return evidence;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Block b && b.hash.equals(hash) && b.signature.equals(signature);
    }

    @Override
    public int hashCode() {
        return hash.hashCode();
    }

    @Override
    public String toString() {
        return "Block[h=" + header.height() + " slot=" + header.slot() + " " + hash + " txs=" + txs.size() + "]";
    }
}
