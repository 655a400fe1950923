package io.aigcnet.chain.node;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.aigcnet.chain.app.AppExecutor;
import io.aigcnet.chain.block.Block;
import io.aigcnet.chain.consensus.ChainParams;
import io.aigcnet.chain.crypto.Hash;
import io.aigcnet.chain.crypto.KeyPair;
import io.aigcnet.chain.crypto.SignatureScheme;
import io.aigcnet.chain.pool.FeePriorityPool;
import io.aigcnet.chain.state.LedgerState;
import io.aigcnet.chain.tx.Transaction;
import io.aigcnet.chain.validation.Rules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class BlockBuilderNonceOrderTest {
    private final KeyPair producer = KeyPair.generate(RandomSource.SPLIT_MIX_64.create(1L));
    private final KeyPair alice = KeyPair.generate(RandomSource.SPLIT_MIX_64.create(2L));
    private final KeyPair bob = KeyPair.generate(RandomSource.SPLIT_MIX_64.create(3L));

    private BlockBuilder builder(int capacity) {
        ChainParams p = new ChainParams(List.of(producer.address()), Map.of(), 0, 1_000_000_000L, capacity, 0,
                SignatureScheme.ed25519(), SignatureScheme.ed25519());
        return new BlockBuilder(p, Rules.execution(), producer, AppExecutor.NONE);
    }

    private static LedgerState funded(KeyPair... who) {
        LedgerState s = new LedgerState();
        for (KeyPair k : who) {
            s.credit(k.address(), 1_000_000);
        }
        return s;
    }

    /**
     * Fees rising with the nonce: in pure fee order nonce 200 would go first and push nonces 1..136 out of
     * the 64-nonce replay window, so they could never execute. Packed in nonce order, all 200 go through.
     */
    @Test
    void laterNonceWithHigherFeeDoesNotStrandEarlierOnes() {
        FeePriorityPool pool = new FeePriorityPool(1000);
        for (int n = 1; n <= 200; n++) {
            pool.add(Transaction.transfer(alice, bob.address(), n, n, 1, SignatureScheme.ed25519()));
        }
        List<Transaction> dropped = new ArrayList<>();
        Block b = builder(500).build(1, 1, Hash.ZERO, Optional.empty(), List.of(), funded(alice), pool, 0,
                (tx, why) -> dropped.add(tx));
        assertEquals(200, b.txs().size());
        assertEquals(0, dropped.size());
        for (int i = 0; i < 200; i++) {
            assertEquals(i + 1, b.txs().get(i).nonce());
        }
    }

    /** Across senders the pool's fee order holds, through each sender's head: bob's fee-50 head beats alice's fee-1 head. */
    @Test
    void sendersCompeteByTheirHeadsFee() {
        FeePriorityPool pool = new FeePriorityPool(1000);
        pool.add(Transaction.transfer(alice, bob.address(), 1, 1, 1, SignatureScheme.ed25519()));
        pool.add(Transaction.transfer(alice, bob.address(), 2, 100, 1, SignatureScheme.ed25519()));
        pool.add(Transaction.transfer(bob, alice.address(), 1, 50, 1, SignatureScheme.ed25519()));
        Block b = builder(2).build(1, 1, Hash.ZERO, Optional.empty(), List.of(), funded(alice, bob), pool, 0,
                (tx, why) -> { });
        assertEquals(2, b.txs().size());
        assertEquals(bob.address(), b.txs().get(0).sender());
        assertEquals(1, b.txs().get(1).nonce());
        assertEquals(alice.address(), b.txs().get(1).sender());
    }

    /** A used nonce is dropped from the pool; the sender's later nonces still go in. */
    @Test
    void staleHeadIsDroppedAndLaneContinues() {
        LedgerState s = funded(alice);
        FeePriorityPool pool = new FeePriorityPool(1000);
        Transaction used = Transaction.transfer(alice, bob.address(), 1, 5, 1, SignatureScheme.ed25519());
        s.apply(used, producer.address());
        pool.add(used);
        pool.add(Transaction.transfer(alice, bob.address(), 2, 1, 1, SignatureScheme.ed25519()));
        List<Transaction> dropped = new ArrayList<>();
        Block b = builder(10).build(1, 1, Hash.ZERO, Optional.empty(), List.of(), s, pool, 0, (tx, why) -> dropped.add(tx));
        assertEquals(1, b.txs().size());
        assertEquals(2, b.txs().get(0).nonce());
        assertEquals(List.of(used), dropped);
        assertEquals(1, pool.size());
    }
}
