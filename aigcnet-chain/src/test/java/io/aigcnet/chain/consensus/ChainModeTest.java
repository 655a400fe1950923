package io.aigcnet.chain.consensus;

import static org.assertj.core.api.Assertions.assertThat;

import io.aigcnet.chain.crypto.Address;
import io.aigcnet.chain.crypto.KeyPair;
import io.aigcnet.chain.crypto.SignatureScheme;
import io.aigcnet.chain.pool.FcfsNoFeePool;
import io.aigcnet.chain.sim.SimChain;
import io.aigcnet.chain.tx.Transaction;
import io.aigcnet.chain.validation.Reason;
import io.aigcnet.core.runtime.sim.NetworkModel;
import io.aigcnet.core.runtime.sim.Simulation;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/** The survey's chain mode: first come first served, no fees, a reward per block for the ledger keepers. */
class ChainModeTest {
    private static final long BALANCE = 1_000_000_000L;
    private static final long REWARD = 7;

    @Test
    void fcfsNoFeeModeMintsOneRewardPerBlockAndRefusesFees() {
        Simulation sim = new Simulation(true);
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(5);
        List<KeyPair> clients = new ArrayList<>();
        List<Address> accounts = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            KeyPair k = KeyPair.generate(rng);
            clients.add(k);
            accounts.add(k.address());
        }
        SimChain chain = SimChain.testChain(sim, 4, 0, rng, NetworkModel.lan(), accounts, 1_000_000_000L);
        chain.configure(p -> ChainMode.FCFS_NO_FEE.apply(p, REWARD));
        for (int i = 0; i < 4; i++) {
            chain.setOptions(i, NodeOptions.defaults().withPool(ChainMode.FCFS_NO_FEE.poolOrdering(), 10_000));
        }
        chain.startAll();
        SignatureScheme ed = SignatureScheme.ed25519();
        // a fee buys nothing here: refused
        assertThat(chain.node(0).submit(Transaction.transfer(clients.get(0), accounts.get(1), 1, 5, 10, ed)).reason())
                .isEqualTo(Reason.FEE_TOO_LOW);
        // a flood from one sender: at most the per-sender cap is admitted
        int admitted = 0;
        for (int n = 1; n <= 200; n++) {
            if (chain.node(0).submit(Transaction.transfer(clients.get(1), accounts.get(2), n, 0, 1, ed)).ok()) {
                admitted++;
            }
        }
        assertThat(admitted).isEqualTo(FcfsNoFeePool.DEFAULT_MAX_PENDING_PER_SENDER);
        // an honest client is not crowded out
        Transaction honest = Transaction.transfer(clients.get(2), accounts.get(0), 1, 0, 123, ed);
        assertThat(chain.node(0).submit(honest).ok()).isTrue();
        chain.runUntilSeconds(12);
        assertThat(chain.node(1).balance(accounts.get(0))).isEqualTo(BALANCE + 123);
        for (int i = 0; i < 4; i++) {
            long h = chain.node(i).finalizedHeight();
            assertThat(h).isGreaterThan(3);
            long total = 0;
            for (Address a : accounts) {
                total += chain.node(i).balance(a);
            }
            for (int s = 0; s < 4; s++) {
                total += chain.node(i).balance(chain.keys(s).address());
            }
            // supply(h) = genesis + h * blockReward: every block, empty or not, mints exactly one reward
            assertThat(total).isEqualTo(3 * BALANCE + h * REWARD);
        }
    }

    @Test
    void feePriorityModeMintsNothing() {
        ChainParams base = new ChainParams(List.of(Address.NONE), java.util.Map.of(), 0, 1, 10, 3, SignatureScheme.ed25519(),
                SignatureScheme.ed25519());
        assertThat(ChainMode.FEE_PRIORITY.apply(base, 9).blockReward()).isZero();
        assertThat(ChainMode.FEE_PRIORITY.apply(base, 9).minFee()).isEqualTo(3);
        assertThat(ChainMode.FCFS_NO_FEE.apply(base, 9).minFee()).isZero();
        assertThat(ChainMode.parse("fcfs-no-fee")).isEqualTo(ChainMode.FCFS_NO_FEE);
    }
}
