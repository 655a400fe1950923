package io.aigcnet.reputation.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class SelectionPoliciesTest {
    /** A handshake that records who was asked and rejects some MASPs in round 1 or round 2. */
    static final class Scripted implements Handshake {
        final List<Integer> asked = new ArrayList<>();
        final int rejectRound1;
        final int rejectRound2;

        Scripted(int rejectRound1, int rejectRound2) {
            this.rejectRound1 = rejectRound1;
            this.rejectRound2 = rejectRound2;
        }

        @Override
        public boolean request(int client, int masp) {
            asked.add(masp);
            return masp != rejectRound1;
        }

        @Override
        public boolean deliverPrompts(int client, int masp) {
            return masp != rejectRound2;
        }
    }

    @Test
    void rankedSelectionFallsThroughInDescendingReputation() {
        double[] rep = {0.2, 0.9, 0.5, 0.7};
        ReputationRankedSelection p = new ReputationRankedSelection((c, m) -> rep[m]);
        Scripted h = new Scripted(1, 3); // best MASP rejects the request, second best rejects the prompts
        Selection s = p.select(0, new int[] {0, 1, 2, 3}, h);
        assertThat(h.asked).containsExactly(1, 3, 2);
        assertThat(s).isEqualTo(new Selection(2, 3));
        Selection none = p.select(0, new int[] {1, 3}, h);
        assertThat(none.succeeded()).isFalse();
        assertThat(none.attempts()).isEqualTo(2);
    }

    @Test
    void softmaxProbabilitiesAndFrequencies() {
        // softmax([0, ln 3] / 1) = (1/4, 3/4)
        double[] p = SoftmaxReputationSelection.probabilities(new double[] {0, Math.log(3)}, 1.0);
        assertThat(p[0]).isCloseTo(0.25, within(1e-12));
        assertThat(p[1]).isCloseTo(0.75, within(1e-12));
        double[] rep = {0, Math.log(3)};
        SoftmaxReputationSelection s = new SoftmaxReputationSelection((c, m) -> rep[m], 1.0, RandomSource.SPLIT_MIX_64.create(7));
        int ones = 0;
        int n = 40_000;
        for (int i = 0; i < n; i++) {
            ones += s.select(0, new int[] {0, 1}, Handshake.ALWAYS_ACCEPT).masp();
        }
        // binomial sd = sqrt(0.75·0.25/n) ≈ 0.0022; allow 5 sd
        assertThat(ones / (double) n).isCloseTo(0.75, within(0.011));
        // a rejecting MASP is never returned; the other is tried next
        Selection only = s.select(0, new int[] {0, 1}, new Scripted(1, -1));
        assertThat(only.masp()).isZero();
    }

    @Test
    void mostFamiliarPicksTheMostUsed() {
        double[] count = {3, 10, 10, 1};
        MostFamiliarSelection p = new MostFamiliarSelection((c, m) -> count[m], RandomSource.SPLIT_MIX_64.create(1));
        int[] picks = new int[4];
        for (int i = 0; i < 2000; i++) {
            picks[p.select(0, new int[] {0, 1, 2, 3}, Handshake.ALWAYS_ACCEPT).masp()]++;
        }
        assertThat(picks[0] + picks[3]).isZero();
        assertThat(picks[1]).isBetween(850, 1150); // ties broken uniformly
        assertThat(p.select(0, new int[] {0, 1, 2, 3}, new Scripted(1, 2)).masp()).isZero();
    }
}
