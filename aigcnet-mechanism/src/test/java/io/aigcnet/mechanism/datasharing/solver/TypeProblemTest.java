package io.aigcnet.mechanism.datasharing.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.aigcnet.mechanism.datasharing.model.MarketParams;
import io.aigcnet.mechanism.datasharing.model.QualityOfData;
import org.junit.jupiter.api.Test;

class TypeProblemTest {

    @Test
    void argmaxMatchesAFineGridOverTheBox() {
        QualityOfData q = new QualityOfData(MarketParams.PAPER, 0.9, 0.6);
        TypeProblem p = new TypeProblem(q, FrequencyBounds.DEFAULT);
        for (double[] wc : new double[][] {{84, 0.49}, {16, 0.0133}, {50, 5.0}, {0, 0.3}, {100, 0}}) {
            double best = Double.NEGATIVE_INFINITY, bestF = 0;
            for (int i = 1000; i <= 1_000_000; i++) { // step 1e-6 over [0.001, 1]
                double f = i * 1e-6, v = p.objective(wc[0], wc[1], f);
                if (v > best) { best = v; bestF = f; }
            }
            assertThat(p.argmax(wc[0], wc[1])).as("weight %s cost %s", wc[0], wc[1]).isCloseTo(bestF, within(2e-6));
        }
    }

    @Test
    void domainIsCutWhereTheLogArgumentTurnsNonPositive() {
        // t = 0.01 s and f_min = 1e-5: X(f) = 1.75 - 0.01(f + 0.375/f + 0.625) < 0 below f ~ 2.15e-3
        QualityOfData q = new QualityOfData(new MarketParams(0.75, 100, 0.01), 0.75, 0.75);
        TypeProblem p = new TypeProblem(q, new FrequencyBounds(1e-5, 1));
        double lo = p.lower();
        assertThat(q.logArgumentOfFrequency(lo)).isPositive();
        assertThat(q.logArgumentOfFrequency(lo * (1 - 1e-9))).isLessThanOrEqualTo(1e-9);
        // the root by hand: 0.01 f^2 - (1.75 - 0.00625) f + 0.00375 = 0 -> f = (1.74375 - sqrt(1.74375^2 - 4*0.01*0.00375)) / 0.02
        double root = (1.74375 - Math.sqrt(1.74375 * 1.74375 - 4 * 0.01 * 0.00375)) / 0.02;
        assertThat(lo).isCloseTo(root, within(1e-12));
        assertThat(p.upper()).isEqualTo(1.0);
    }
}
