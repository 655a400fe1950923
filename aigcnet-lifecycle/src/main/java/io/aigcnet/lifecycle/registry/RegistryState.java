package io.aigcnet.lifecycle.registry;

import io.aigcnet.chain.crypto.Hash;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The committed registry state of one node (mutated only by committing a block's scratch). */
final class RegistryState {
    final Map<Hash, ProductRecord> products = new HashMap<>();
    final List<Hash> productOrder = new ArrayList<>();
    final Map<Hash, Htlc> htlcs = new HashMap<>();
    final List<Hash> htlcOrder = new ArrayList<>();
    final Map<Hash, Boolean> usedLocks = new HashMap<>();
    final Map<Hash, Hash> openTradeByProduct = new HashMap<>();
    final Map<Hash, ChallengeVerdict> verdicts = new HashMap<>();
    final List<Hash> verdictOrder = new ArrayList<>();
    long pool;
    long depositsForfeited;
    long rewardsPaid;

    RegistryState(long initialPool) {
        this.pool = initialPool;
    }
}
