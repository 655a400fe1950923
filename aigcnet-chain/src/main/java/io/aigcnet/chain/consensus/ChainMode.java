package io.aigcnet.chain.consensus;

/**
 * How block producers choose transactions and are paid. Both keep the DPoS rotation and finality.
 *
 * <ul>
 *   <li>{@link #FEE_PRIORITY}: ProSecutor's anchor chain: highest fee first, the fees go to the producer, nothing minted.
 *   <li>{@link #FCFS_NO_FEE}: the survey's lifecycle chain: "There are no transaction fees, and block generators follow
 *       a first-come-first-serve strategy"; the ESPs that keep the ledger are rewarded per block. Without fees, spam
 *       is bounded by a cap on pending transactions per sender.
 * </ul>
 */
public enum ChainMode {
    FEE_PRIORITY("fee"),
    FCFS_NO_FEE("fcfs");

    private final String poolOrdering;

    ChainMode(String poolOrdering) {
        this.poolOrdering = poolOrdering;
    }

    /** The pool ordering a node of this mode runs ({@link io.aigcnet.chain.pool.TxPool#create}). */
    public String poolOrdering() {
        return poolOrdering;
    }

    /** Config names: {@code fee-priority} or {@code fcfs-no-fee}. */
    public static ChainMode parse(String name) {
        return switch (name) {
            case "fee-priority" -> FEE_PRIORITY;
            case "fcfs-no-fee" -> FCFS_NO_FEE;
            default -> throw new IllegalArgumentException("chain mode must be 'fee-priority' or 'fcfs-no-fee', got '" + name + "'");
        };
    }

    /**
     * The chain's parameters in this mode: FCFS takes no fees (min fee 0; the pool refuses any fee) and mints
     * {@code blockReward} per block; fee priority keeps {@code base}'s min fee and mints nothing.
     */
    public ChainParams apply(ChainParams base, long blockReward) {
        return this == FCFS_NO_FEE ? base.withFeesAndReward(0, blockReward) : base.withFeesAndReward(base.minFee(), 0);
    }
}
