package io.aigcnet.layer2.anchor;

import io.aigcnet.chain.block.Block;
import io.aigcnet.chain.block.CommitCertificate;
import io.aigcnet.chain.crypto.Hash;
import io.aigcnet.chain.crypto.Sha256;
import io.aigcnet.chain.node.ChainNode;
import io.aigcnet.layer2.rollup.RollupLedger;
import io.aigcnet.layer2.rollup.RollupSink;
import io.aigcnet.chain.tx.Transaction;
import io.aigcnet.chain.tx.TxType;
import io.aigcnet.chain.validation.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link RollupSink} that puts the RCOs' signed Reputation_Roll-up and poison transactions on the real
 * anchor chain: each is submitted unchanged to {@code node} (the RCO's chain node), and it is anchored
 * when {@code node} finalises a block containing it. Anchored transactions are recorded, in finalisation
 * order, in a {@link RollupLedger} (so the layer-2 accounting sees only what is final) and as
 * {@link Anchored} records with their height.
 */
public final class ChainRollupSink implements RollupSink {
    private final ChainNode node;
    private final RollupLedger anchoredLedger = new RollupLedger();
    private final Map<Hash, Transaction> submitted = new LinkedHashMap<>();
    private final Map<Hash, Anchored> anchored = new LinkedHashMap<>();
    private final List<String> refused = new ArrayList<>();

    /** A finalised roll-up or poison transaction: its id, the SHA-256 of its payload, and where it is. */
    public record Anchored(Hash txId, Hash payloadHash, long height, long finalisedAtNanos) {
    }

    public ChainRollupSink(ChainNode node) {
        this.node = node;
        node.addListener(this::onFinalised);
    }

    @Override
    public void submit(Transaction tx) {
        if (tx.type() != TxType.REPUTATION_ROLLUP) {
            throw new IllegalArgumentException("a roll-up sink takes REPUTATION_ROLLUP transactions, got " + tx.type());
        }
        if (submitted.putIfAbsent(tx.id(), tx) != null) {
            return;
        }
        Verdict v = node.submit(tx);
        if (!v.ok()) {
            refused.add(tx.id() + " " + v.reason() + ": " + v.detail());
        }
    }

    private void onFinalised(Block b, CommitCertificate cert, long nanos) {
        for (Transaction tx : b.txs()) {
            if (tx.type() == TxType.REPUTATION_ROLLUP && submitted.containsKey(tx.id()) && !anchored.containsKey(tx.id())) {
                anchored.put(tx.id(), new Anchored(tx.id(), Sha256.hash(tx.payload()), b.height(), nanos));
                anchoredLedger.submit(tx);
            }
        }
    }

    /** Every transaction handed to this sink, in submission order. */
    public List<Transaction> submitted() {
        return List.copyOf(submitted.values());
    }

    /** The finalised ones, in finalisation order. */
    public List<Anchored> anchored() {
        return List.copyOf(anchored.values());
    }

    public Optional<Anchored> anchored(Hash txId) {
        return Optional.ofNullable(anchored.get(txId));
    }

    /** The layer-2 record of what is anchored (roll-ups, deduplicated poisons, canonical bytes). */
    public RollupLedger anchoredLedger() {
        return anchoredLedger;
    }

    /** Submissions the chain node refused at admission, with reasons. */
    public List<String> refused() {
        return List.copyOf(refused);
    }
}
