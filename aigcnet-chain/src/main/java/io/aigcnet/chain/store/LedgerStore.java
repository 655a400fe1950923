package io.aigcnet.chain.store;

import io.aigcnet.chain.block.Block;
import io.aigcnet.chain.block.CommitCertificate;
import io.aigcnet.chain.crypto.Hash;
import java.util.Optional;

/** Append-only store of finalised blocks. Heights start at 1 and have no gaps. */
public interface LedgerStore extends AutoCloseable {
    /** Appends the block at {@code height() + 1}; durable when this returns. */
    void append(Block block, CommitCertificate certificate);

    /** Height of the last finalised block, 0 when empty. */
    long height();

    Optional<StoredBlock> get(long height);

    /** Height of the block holding transaction {@code txId}. */
    Optional<Long> heightOfTx(Hash txId);

    /** Paper accounting: Σ (120 + 99·txs) over stored blocks. */
    long canonicalBytes();

    /** Bytes actually used: encoded bytes for memory, files on disk for RocksDB. */
    long diskBytes();

    /** The node's consensus write-ahead journal; it survives whatever this store survives. */
    ConsensusJournal journal();

    @Override
    void close();

    static void checkNext(LedgerStore s, Block block) {
        if (block.height() != s.height() + 1) {
            throw new IllegalArgumentException("store expects height " + (s.height() + 1) + ", got " + block.height());
        }
    }
}
