package io.aigcnet.mechanism.qoe.leader;

import io.aigcnet.mechanism.qoe.model.Asp;
import io.aigcnet.mechanism.qoe.model.Mu;
import io.aigcnet.mechanism.qoe.model.PairLoad;
import io.aigcnet.mechanism.qoe.model.QoeInstance;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/** Random instances of the case-study magnitudes (workloads, costs, μ as in TableVFixture). */
final class TestInstances {

    private TestInstances() {
    }

    static QoeInstance random(UniformRandomProvider rng, int nAsp, int nMu, double fMax, double bMax) {
        List<Asp> asps = new ArrayList<>();
        for (int n = 0; n < nAsp; n++) {
            asps.add(new Asp(500 + 500 * rng.nextDouble(), 18 + 8 * rng.nextDouble(), 0.05 + 0.6 * rng.nextDouble(),
                    fMax, bMax));
        }
        List<Mu> mus = new ArrayList<>();
        for (int m = 0; m < nMu; m++) {
            mus.add(new Mu(300 + 150 * rng.nextDouble(), 0.001, 1));
        }
        PairLoad[][] loads = new PairLoad[nAsp][nMu];
        for (int n = 0; n < nAsp; n++) {
            for (int m = 0; m < nMu; m++) {
                loads[n][m] = new PairLoad(50 + 350 * rng.nextDouble(), 2 + 40 * rng.nextDouble());
            }
        }
        return new QoeInstance(asps, mus, loads);
    }
}
