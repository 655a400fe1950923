package io.aigcnet.chain.consensus;

import io.aigcnet.chain.crypto.Address;
import io.aigcnet.chain.crypto.SignatureScheme;
import java.util.List;
import java.util.Map;

/**
 * Everything all nodes of one chain must agree on.
 *
 * @param superNodes the elected super nodes in rotation order
 * @param genesisBalances initial balances
 * @param genesisNanos start of slot 0 on the runtime clock
 * @param blockIntervalNanos slot length (5 s in the paper, 1 s for the ideal baseline)
 * @param blockCapacity S_b, the most transactions per block (2000)
 * @param minFee the smallest admissible fee in minor units
 * @param txScheme signature scheme of transactions (Ed25519; modelled only in long simulations)
 * @param voteScheme signature scheme of blocks and votes (always Ed25519 in practice)
 * @param blockReward minted to the producer of every block, empty ones included (the survey's ledger-keeping
 *     reward; 0 in ProSecutor's fee-priority mode)
 */
public record ChainParams(List<Address> superNodes, Map<Address, Long> genesisBalances, long genesisNanos,
        long blockIntervalNanos, int blockCapacity, long minFee, SignatureScheme txScheme, SignatureScheme voteScheme,
        long blockReward) {
    /** ProSecutor's chain: no block reward. */
    public ChainParams(List<Address> superNodes, Map<Address, Long> genesisBalances, long genesisNanos,
            long blockIntervalNanos, int blockCapacity, long minFee, SignatureScheme txScheme, SignatureScheme voteScheme) {
        this(superNodes, genesisBalances, genesisNanos, blockIntervalNanos, blockCapacity, minFee, txScheme, voteScheme, 0);
    }

    public ChainParams {
        superNodes = List.copyOf(superNodes);
        genesisBalances = Map.copyOf(genesisBalances);
        if (superNodes.isEmpty()) {
            throw new IllegalArgumentException("superNodes must not be empty");
        }
        if (blockIntervalNanos <= 0) {
            throw new IllegalArgumentException("block interval must be > 0, got " + blockIntervalNanos + " ns");
        }
        if (blockCapacity < 1) {
            throw new IllegalArgumentException("block capacity must be >= 1, got " + blockCapacity);
        }
        if (blockReward < 0) {
            throw new IllegalArgumentException("block reward must be >= 0, got " + blockReward);
        }
    }

    /** The same chain with another minimum fee and block reward (see {@link ChainMode}). */
    public ChainParams withFeesAndReward(long newMinFee, long newBlockReward) {
        return new ChainParams(superNodes, genesisBalances, genesisNanos, blockIntervalNanos, blockCapacity, newMinFee,
                txScheme, voteScheme, newBlockReward);
    }

    /** Start time of a slot. */
    public long slotStart(long slot) {
        return genesisNanos + slot * blockIntervalNanos;
    }

    /** The slot containing time {@code nanos} (slot 0 before genesis). */
    public long slotAt(long nanos) {
        return nanos <= genesisNanos ? 0 : (nanos - genesisNanos) / blockIntervalNanos;
    }
}
