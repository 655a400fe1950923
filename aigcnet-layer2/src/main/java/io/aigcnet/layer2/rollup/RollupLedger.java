package io.aigcnet.layer2.rollup;

import io.aigcnet.chain.tx.RollupPayload;

import io.aigcnet.chain.codec.DecodeException;
import io.aigcnet.chain.crypto.Hash;
import io.aigcnet.chain.tx.Transaction;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The anchor chain's record of roll-up activity in roll-up simulations: every Reputation_Roll-up and
 * poison transaction accepted, once each (poison claims about one roll-up are deduplicated), with the
 * canonical ledger bytes they add under the paper's accounting (§5.4: tx 99 B, hash 32 B): a full
 * roll-up is one tx plus 32 B per opinion id plus the 32 B RT root; a compact one is one tx plus three
 * hashes; a poison is one tx.
 */
public final class RollupLedger implements RollupSink {
    public static final int TX_BYTES = 99;
    public static final int HASH_BYTES = 32;

    private final List<Transaction> rollups = new ArrayList<>();
    private final List<Transaction> poisons = new ArrayList<>();
    private final Set<Hash> poisoned = new HashSet<>();
    private final Set<Hash> seen = new HashSet<>();
    private long canonicalBytes;

    @Override
    public void submit(Transaction tx) {
        if (!seen.add(tx.id())) {
            return;
        }
        RollupPayload p;
        try {
            p = RollupPayload.decode(tx.payload());
        } catch (DecodeException e) {
            return; // not admitted
        }
        if (p instanceof RollupPayload.Poison poison) {
            if (poisoned.add(poison.rollupTxId())) {
                poisons.add(tx);
                canonicalBytes += TX_BYTES;
            }
        } else {
            rollups.add(tx);
            canonicalBytes += canonicalSize(p);
        }
    }

    public static long canonicalSize(RollupPayload p) {
        if (p instanceof RollupPayload.Full f) {
            return TX_BYTES + (long) HASH_BYTES * f.block().opinionIds().size() + HASH_BYTES;
        }
        return p instanceof RollupPayload.Compact ? TX_BYTES + 3L * HASH_BYTES : TX_BYTES;
    }

    public List<Transaction> rollups() {
        return List.copyOf(rollups);
    }

    public List<Transaction> poisons() {
        return List.copyOf(poisons);
    }

    public boolean isPoisoned(Hash rollupTxId) {
        return poisoned.contains(rollupTxId);
    }

    public long canonicalBytes() {
        return canonicalBytes;
    }
}
