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

    /** The table this build ships (measured by {@code aigcnet bench calibrate}). */
    public static final String BUNDLED_TABLE = "/io/aigcnet/chain/cost/cpu-costs.json";

    /**
     * The cost table a config names: {@code path} empty = the one shipped with the build. Every operation in
     * {@code required} must be priced (a bad file is a config error naming {@code cost_table}).
     */
    public static io.aigcnet.core.runtime.sim.CostTable table(String path, List<String> required) {
        io.aigcnet.core.runtime.sim.CostTable t;
        if (path == null || path.isEmpty()) {
            try (java.io.InputStream in = CpuOps.class.getResourceAsStream(BUNDLED_TABLE)) {
                if (in == null) {
                    throw new IllegalStateException("the build ships no cost table " + BUNDLED_TABLE + "; run aigcnet bench calibrate");
                }
                t = io.aigcnet.core.runtime.sim.CostTable.parse(in, BUNDLED_TABLE);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        } else {
            t = io.aigcnet.core.runtime.sim.CostTable.load(java.nio.file.Path.of(path));
        }
        for (String op : required) {
            if (!t.nanos().containsKey(op)) {
                throw io.aigcnet.core.config.ConfigException.field("cost_table", "the table has no cost for '" + op + "' (has "
                        + t.nanos().keySet() + "); re-run aigcnet bench calibrate");
            }
        }
        return t;
    }

    private CpuOps() {
    }
}
