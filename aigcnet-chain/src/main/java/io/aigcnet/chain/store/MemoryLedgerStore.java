package io.aigcnet.chain.store;

import io.aigcnet.chain.block.Block;
import io.aigcnet.chain.block.CommitCertificate;
import io.aigcnet.chain.crypto.Hash;
import io.aigcnet.chain.tx.Transaction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * In-memory store for the simulator. {@link #diskBytes()} is the exact number of bytes a disk store would
 * write for the same blocks (their canonical encodings plus certificates), before compression. With
 * {@code indexTxs = false} the tx index is skipped to save memory in hour-long experiment runs.
 */
public final class MemoryLedgerStore implements LedgerStore {
    private final List<StoredBlock> blocks = new ArrayList<>();
    private final Map<Hash, Long> txIndex;
    private final boolean keepBodies;
    private long canonical;
    private long encoded;
    private long height;
    private final MemoryConsensusJournal journal = new MemoryConsensusJournal();

    public MemoryLedgerStore() {
        this(true, true);
    }

    /** @param keepBodies false keeps only counters (experiment runs that never read blocks back) */
    public MemoryLedgerStore(boolean indexTxs, boolean keepBodies) {
        this.txIndex = indexTxs ? new HashMap<>() : null;
        this.keepBodies = keepBodies;
    }

    @Override
    public void append(Block block, CommitCertificate certificate) {
        LedgerStore.checkNext(this, block);
        if (keepBodies) {
            blocks.add(new StoredBlock(block, certificate));
        }
        height = block.height();
        if (txIndex != null) {
            for (Transaction t : block.txs()) {
                txIndex.put(t.id(), block.height());
            }
        }
        canonical += block.canonicalSize();
        encoded += block.encodedSize() + certificate.encode().length;
    }

    @Override
    public long height() {
        return height;
    }

    @Override
    public Optional<StoredBlock> get(long h) {
        if (!keepBodies || h < 1 || h > blocks.size()) {
            return Optional.empty();
        }
        return Optional.of(blocks.get((int) h - 1));
    }

    @Override
    public Optional<Long> heightOfTx(Hash txId) {
        return txIndex == null ? Optional.empty() : Optional.ofNullable(txIndex.get(txId));
    }

    @Override
    public long canonicalBytes() {
        return canonical;
    }

    @Override
    public long diskBytes() {
        return encoded;
    }

    @Override
    public MemoryConsensusJournal journal() {
        return journal;
    }

    @Override
    public void close() {
        // nothing to release
    }
}
