package io.aigcnet.chain.cost;

import java.util.List;

/**
 * Names of the CPU operations the chain's actors charge to their node's {@link io.aigcnet.core.runtime.Cpu}.
 * Each is one execution of real code whose time the calibration command measures.
 */
public final class CpuOps {
    /** One Ed25519 signature over a 32-byte digest. */
    public static final String SIGN = "sign";
    /** One Ed25519 verification. */
    public static final String VERIFY = "verify";
    /** One SHA-256 of a short message (a transaction body, a Merkle node). */
    public static final String HASH = "hash";
    /** Executing one transaction of a block against the ledger state (nonce, balance, fee), signature excluded. */
    public static final String BLOCK_EXEC_TX = "block_exec_tx";

    /** The chain's operations; a cost table for the chain must price all of them. */
    public static final List<String> ALL = List.of(SIGN, VERIFY, HASH, BLOCK_EXEC_TX);

    private CpuOps() {
    }
}
