package io.aigcnet.chain.block;

/**
 * The paper's ledger-size accounting, taken from BlockEmulator (ProSecutor §VII, spec §5.2): a block
 * header counts 120 bytes, a transaction 99 bytes, a hash 32 bytes, whatever the real encoding is.
 */
public final class CanonicalSize {
    public static final int HEADER_BYTES = 120;
    public static final int TX_BYTES = 99;
    public static final int HASH_BYTES = 32;

    private CanonicalSize() {
    }

    /** Canonical size of a block holding {@code txs} full transactions and {@code hashes} 32-byte hashes. */
    // ProSecutor §VII-B storage accounting (Fig. 7(b)): header + n·99 (+ m·32 for rolled-up hashes)
    public static long blockBytes(long txs, long hashes) {
        return HEADER_BYTES + txs * TX_BYTES + hashes * HASH_BYTES;
    }
}
