package io.aigcnet.layer2.rollup;

import io.aigcnet.chain.tx.RollupPayload;

import static org.assertj.core.api.Assertions.assertThat;

import io.aigcnet.core.runtime.sim.NetworkModel;
import io.aigcnet.chain.codec.ByteReader;
import io.aigcnet.chain.crypto.Hash;
import io.aigcnet.chain.crypto.KeyPair;
import io.aigcnet.chain.crypto.Sha256;
import io.aigcnet.chain.crypto.SignatureScheme;
import io.aigcnet.layer2.rollup.sim.RollupScenario;
import io.aigcnet.chain.tx.Transaction;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class RollupTest {
    static final long S = 1_000_000_000L;
    static final SignatureScheme ED = SignatureScheme.ed25519();

    static RollupScenario scenario(long seed, RollupMode mode) {
        return new RollupScenario(seed, 4, 8, 50, RollupConfig.defaults(mode), ED, NetworkModel.lan());
    }

    /** Blocks of at most 100 opinions: the same protocol with fewer signatures to check per test. */
    static RollupScenario small(long seed, RollupMode mode) {
        RollupConfig d = RollupConfig.defaults(mode);
        RollupConfig c = new RollupConfig(100, d.timeThresholdNanos(), mode, d.mwsl(), d.leafSensitivity(), d.clientCapacity());
        return new RollupScenario(seed, 4, 8, 50, c, ED, NetworkModel.lan());
    }

    static void assertAllAgree(RollupScenario s) {
        Hash root = s.rcos().get(0).state().tree().root();
        for (RcoNode r : s.rcos()) {
            assertThat(r.state().tree().root()).as("RCO roots agree").isEqualTo(root);
            assertThat(r.state().hasTentative()).isFalse();
        }
    }

    @Test
    void honestLaneRollsUpAtMost500PerBlockAndAllRcosAgree() throws Exception {
        RollupScenario s = scenario(1, RollupMode.FULL);
        s.submitOpinions(1_200, 400);
        s.runFor(30 * S);
        assertAllAgree(s);
        assertThat(s.ledger().poisons()).isEmpty();
        long total = 0;
        for (Transaction tx : s.ledger().rollups()) {
            RollupPayload p = RollupPayload.decode(tx.payload());
            int n = ((RollupPayload.Full) p).block().opinionIds().size();
            assertThat(n).isBetween(1, 500);
            total += n;
        }
        assertThat(total).isEqualTo(1_200); // every opinion committed exactly once
        assertThat(s.rcos()).allMatch(r -> r.pendingCount() == 0);
        // the tree ranks MASPs by their true quality (quality rises with index in the scenario)
        ReputationState st = s.rcos().get(0).state();
        assertThat(st.leafReputation(s.masps().get(7))).isGreaterThan(st.leafReputation(s.masps().get(0)));
    }

    @Test
    void rcosTakeTurns() throws Exception {
        RollupScenario s = small(2, RollupMode.FULL);
        s.submitOpinions(500, 1_000);
        s.runFor(30 * S);
        List<Transaction> rs = s.ledger().rollups();
        assertThat(rs.size()).isGreaterThanOrEqualTo(4);
        for (int i = 0; i < rs.size(); i++) {
            assertThat(rs.get(i).sender()).isEqualTo(s.rcos().get(i % 4).address());
        }
    }

    @Test
    void invalidRollupLeadsToPoisonAndRollback() throws Exception {
        RollupScenario s = small(3, RollupMode.FULL);
        s.rcos().get(1).setBehaviour(RcoNode.Behaviour.TAMPER_ROOT);
        s.submitOpinions(600, 500);
        s.runFor(60 * S);
        assertAllAgree(s);
        assertThat(s.ledger().poisons()).isNotEmpty();
        for (Transaction p : s.ledger().poisons()) {
            RollupPayload.Poison claim = (RollupPayload.Poison) RollupPayload.decode(p.payload());
            assertThat(claim.proposer()).isEqualTo(s.rcos().get(1).address());
            assertThat(claim.signatures()).isGreaterThanOrEqualTo(2); // f + 1 with f = 1
        }
        // the poisoned block's opinions went back to the pool and were committed by later RCOs
        long committed = 0;
        for (Transaction tx : s.ledger().rollups()) {
            if (!s.ledger().isPoisoned(tx.id())) {
                committed += ((RollupPayload.Full) RollupPayload.decode(tx.payload())).block().opinionIds().size();
            }
        }
        assertThat(committed).isEqualTo(600);
        assertThat(s.rcos().get(0).poisonedBlocks()).isEqualTo(s.ledger().poisons().size());
    }

    @Test
    void stateRollbackRestoresTheLastValidTree() {
        RollupScenario s = scenario(4, RollupMode.FULL);
        ReputationState st = new ReputationState(s.masps(), RollupConfig.defaults(RollupMode.FULL).mwsl(), 0.5, 100);
        KeyPair c = KeyPair.generate(RandomSource.XO_RO_SHI_RO_128_PP.create(9));
        Transaction a = Opinions.signed(c, s.masps().get(0), 0, 3, 1, 20, Sha256.hash(new byte[] {1}), ED);
        assertThat(st.applyTentative(List.of(a)).valid()).isTrue();
        st.commit();
        Hash before = st.tree().root();
        Transaction b = Opinions.signed(c, s.masps().get(0), 1, 3, 5, 20, Sha256.hash(new byte[] {2}), ED);
        assertThat(st.applyTentative(List.of(b)).valid()).isTrue();
        assertThat(st.tree().root()).isNotEqualTo(before);
        st.rollback();
        assertThat(st.tree().root()).isEqualTo(before);
        assertThat(st.committedSeq()).isEqualTo(1);
        // counts that do not grow are not executable
        Transaction stale = Opinions.signed(c, s.masps().get(0), 2, 3, 1, 20, Sha256.hash(new byte[] {3}), ED);
        assertThat(st.applyTentative(List.of(stale)).valid()).isFalse();
    }

    @Test
    void forgedOpinionSignatureIsRejectedAtAdmission() {
        RollupScenario s = scenario(5, RollupMode.FULL);
        s.submitOpinions(100, 100);
        s.submitForged();
        s.runFor(20 * S);
        assertThat(s.rcos().get(0).forgedRejected()).isEqualTo(1);
        assertAllAgree(s);
        assertThat(s.ledger().poisons()).isEmpty();
    }

    @Test
    void proposerSmugglingAForgedOpinionIsPoisoned() {
        RollupScenario s = small(6, RollupMode.FULL);
        s.rcos().get(0).setBehaviour(RcoNode.Behaviour.INJECT_FORGED);
        s.submitOpinions(300, 300);
        s.runFor(30 * S);
        assertThat(s.ledger().poisons()).isNotEmpty();
        assertAllAgree(s);
    }

    @Test
    void compactModeKeepsOpinionsInStorageAndFarFewerBytesOnChain() throws Exception {
        RollupScenario full = small(7, RollupMode.FULL);
        RollupScenario compact = small(7, RollupMode.COMPACT);
        for (RollupScenario s : List.of(full, compact)) {
            s.submitOpinions(400, 500);
            s.runFor(20 * S);
            assertAllAgree(s);
        }
        assertThat(compact.rcos().get(0).state().tree().root()).isEqualTo(full.rcos().get(0).state().tree().root());
        // full: per block 99 + 32·n + 32 B; compact: 99 + 3·32 B (hand count)
        long blocks = compact.ledger().rollups().size();
        assertThat(compact.ledger().canonicalBytes()).isEqualTo(blocks * (99 + 96));
        assertThat(full.ledger().canonicalBytes()).isEqualTo(full.ledger().rollups().size() * (99 + 32) + 400 * 32L);
        // every compact batch is retrievable from the storage chain, and its opinions match the on-chain root
        for (Transaction tx : compact.ledger().rollups()) {
            RollupPayload.Compact c = (RollupPayload.Compact) RollupPayload.decode(tx.payload());
            byte[] batch = compact.storage().get(io.aigcnet.chain.storage.ContentKey.of(c.storageKey().toBytes()));
            ByteReader in = new ByteReader(batch);
            int n = in.i32("count");
            List<Hash> ids = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                ids.add(Transaction.decode(in).id());
            }
            assertThat(RcoNode.opinionsRoot(ids)).isEqualTo(c.opinionsRoot());
        }
    }
}
