package io.aigcnet.reputation.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.aigcnet.reputation.assess.Assessment;
import io.aigcnet.reputation.assess.AssessmentInput;
import io.aigcnet.reputation.assess.FeeRecord;
import io.aigcnet.reputation.assess.OpinionRecord;
import io.aigcnet.reputation.assess.ReputationAssessor;
import io.aigcnet.reputation.mwsl.FactorWeights;
import io.aigcnet.reputation.mwsl.MwslParams;
import io.aigcnet.reputation.mwsl.ReputationResult;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class OpinionStoreTest {
    static final MwslParams P = new MwslParams(5.0, 0.99, 0.5, new FactorWeights(1, 1, 0.1));

    @Test
    void marketWorthIsTheDecayedSumOfEarlierFees() {
        OpinionStore s = new OpinionStore(2, 1, P);
        s.recordJudgment(0, 0, 100, 2.0, true);
        s.recordJudgment(0, 0, 110, 3.0, true);
        s.recordJudgment(0, 0, 118, 4.0, false);
        // earlier opinions: fee 2 at block 100 and fee 3 at block 110; at block 120: 2·0.99^100 + 3·0.99^50
        assertThat(s.marketWorth(0, 0, 120)).isCloseTo(2.5470828840, within(1e-9));
        assertThat(s.freshness(0, 0, 120)).isCloseTo(Math.pow(0.99, 10), within(1e-12));
        assertThat(s.interactions(0, 0)).isEqualTo(3);
        assertThat(s.familiarity(0, 0)).isEqualTo(1.0);
    }

    @Test
    void rejectsOutOfOrderOpinionsAndBadIndices() {
        OpinionStore s = new OpinionStore(2, 2, P);
        s.recordJudgment(0, 0, 10, 1.0, true);
        assertThatThrownBy(() -> s.recordJudgment(0, 0, 9, 1.0, true)).hasMessageContaining("older");
        assertThatThrownBy(() -> s.recordJudgment(2, 0, 9, 1.0, true)).hasMessageContaining("client index");
        assertThatThrownBy(() -> s.reputation(0, 0, 5, 0.3)).hasMessageContaining("before an opinion");
    }

    /** The incremental store and the batch evaluation of explicit histories agree on random update streams. */
    @Property(tries = 200)
    void incrementalStoreMatchesBatchEvaluation(@ForAll @IntRange(min = 2, max = 12) int clients,
                                                @ForAll @IntRange(min = 1, max = 300) int updates,
                                                @ForAll long seed) {
        UniformRandomProvider rng = RandomSource.SPLIT_MIX_64.create(seed);
        int masps = 3;
        OpinionStore store = new OpinionStore(clients, masps, P);
        int[][] pos = new int[clients][masps];
        int[][] neg = new int[clients][masps];
        long[][] last = new long[clients][masps];
        double[][] lastFee = new double[clients][masps];
        List<List<List<FeeRecord>>> hist = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            List<List<FeeRecord>> row = new ArrayList<>();
            for (int m = 0; m < masps; m++) {
                row.add(new ArrayList<>());
            }
            hist.add(row);
        }
        long block = 0;
        for (int u = 0; u < updates; u++) {
            block += rng.nextInt(3);
            int c = rng.nextInt(clients);
            int m = rng.nextInt(masps);
            double fee = rng.nextInt(5) * 0.5;
            int p = rng.nextInt(3);
            int n = p == 0 ? 1 + rng.nextInt(2) : rng.nextInt(2);
            if (pos[c][m] + neg[c][m] > 0) {
                hist.get(c).get(m).add(new FeeRecord(lastFee[c][m], last[c][m]));
            }
            store.record(c, m, block, fee, p, n);
            pos[c][m] += p;
            neg[c][m] += n;
            last[c][m] = block;
            lastFee[c][m] = fee;
        }
        long latest = block + rng.nextInt(4);
        for (int m = 0; m < masps; m++) {
            List<OpinionRecord> records = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                if (pos[c][m] + neg[c][m] > 0) {
                    records.add(new OpinionRecord("c" + c, "m" + m, pos[c][m], neg[c][m], last[c][m], hist.get(c).get(m)));
                }
            }
            for (int i = 0; i < clients; i++) {
                Assessment a = ReputationAssessor.assess(new AssessmentInput(P, latest, 0.3, "c" + i, "m" + m, records));
                ReputationResult r = store.query(i, m, latest, 0.3);
                assertThat(r.reputation()).isCloseTo(a.result().reputation(), within(1e-9));
                assertThat(r.reference().c()).isCloseTo(a.result().reference().c(), within(1e-9));
                if (a.weights().containsKey("c" + i)) {
                    assertThat(store.marketWorth(i, m, latest)).isCloseTo(a.weights().get("c" + i).marketWorth(), within(1e-9));
                    assertThat(store.familiarity(i, m)).isCloseTo(a.weights().get("c" + i).familiarity(), within(1e-12));
                }
            }
        }
    }
}
