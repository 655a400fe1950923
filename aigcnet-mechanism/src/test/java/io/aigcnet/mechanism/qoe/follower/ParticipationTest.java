package io.aigcnet.mechanism.qoe.follower;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.aigcnet.mechanism.qoe.model.Asp;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class ParticipationTest {

    private static final FollowerPolicy[] INNER = {new JointAllocation(),
        new SplitAllocation(SplitAllocation.Optimised.COMPUTE), new SplitAllocation(SplitAllocation.Optimised.BANDWIDTH)};

    @Test
    void slackCapacitiesDeclineExactlyTheLossMakingPairs() {
        // with slack capacities users decouple: a pair is served iff serving it alone (inner
        // solver, same equal-split size) breaks even, and then its allocation is the inner one
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(11L);
        int declined = 0;
        int served = 0;
        for (int trial = 0; trial < 40; trial++) {
            Asp asp = new Asp(500 + 500 * rng.nextDouble(), 20 + 5 * rng.nextDouble(), 0.05 + 0.6 * rng.nextDouble(),
                    1e4, 1e5);
            int m = 6;
            double[] a = new double[m];
            double[] d = new double[m];
            double[] r = new double[m];
            for (int i = 0; i < m; i++) {
                a[i] = 50 + 350 * rng.nextDouble();
                d[i] = 2 + 40 * rng.nextDouble();
                r[i] = Math.exp(Math.log(1e-3) * rng.nextDouble()); // some below break-even
            }
            FollowerPolicy inner = INNER[trial % 3];
            Allocation got = new Participation(inner).solve(asp, a, d, r);
            Allocation all = inner.solve(asp, a, d, r);
            double[] pair = new double[3];
            for (int i = 0; i < m; i++) {
                inner.solvePairAtCost(asp, a[i], d[i], r[i], m, pair);
                double profit = r[i] * pair[2] - asp.costF() * pair[0] - asp.costB() * pair[1];
                if (profit < 0) {
                    declined++;
                    assertThat(got.f()[i]).isZero();
                    assertThat(got.b()[i]).isZero();
                    assertThat(got.q()[i]).isZero();
                } else {
                    served++;
                    assertThat(got.f()[i]).isCloseTo(all.f()[i], within(1e-9 * all.f()[i]));
                    assertThat(got.q()[i]).isCloseTo(all.q()[i], within(1e-9 * asp.kappa()));
                }
            }
        }
        assertThat(declined).isGreaterThan(20);
        assertThat(served).isGreaterThan(20);
    }

    @Test
    void neverServesAtALossEvenWithBindingCapacities() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(12L);
        int checked = 0;
        for (int trial = 0; trial < 60; trial++) {
            Asp asp = new Asp(500 + 500 * rng.nextDouble(), 20 + 5 * rng.nextDouble(), 0.05 + 0.6 * rng.nextDouble(),
                    new double[] {30, 6, 3}[trial % 3], new double[] {500, 15, 4}[(trial / 3) % 3]);
            int m = 5;
            double[] a = new double[m];
            double[] d = new double[m];
            double[] r = new double[m];
            for (int i = 0; i < m; i++) {
                a[i] = 50 + 350 * rng.nextDouble();
                d[i] = 2 + 40 * rng.nextDouble();
                r[i] = Math.exp(Math.log(1e-3) * rng.nextDouble());
            }
            for (FollowerPolicy inner : INNER) {
                if (!Feasibility.isFeasible(asp, a, d)) {
                    continue;
                }
                try {
                    inner.checkFeasible(asp, a, d, 0);
                } catch (InfeasibleInstanceException e) {
                    continue;
                }
                Allocation got = new Participation(inner).solve(asp, a, d, r);
                double sf = 0;
                double sb = 0;
                for (int i = 0; i < m; i++) {
                    double cost = asp.costF() * got.f()[i] + asp.costB() * got.b()[i];
                    assertThat(r[i] * got.q()[i] - cost).isGreaterThanOrEqualTo(-1e-9 * Math.max(1, cost));
                    assertThat(got.q()[i]).isGreaterThanOrEqualTo(0);
                    sf += got.f()[i];
                    sb += got.b()[i];
                }
                assertThat(sf).isLessThanOrEqualTo(asp.fMax() * (1 + 1e-9));
                assertThat(sb).isLessThanOrEqualTo(asp.bMax() * (1 + 1e-9));
                assertThat(got.utility()).isGreaterThanOrEqualTo(-1e-9);
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(60);
    }

    @Test
    void perturbedQoeAgreesWithAFullResolve() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(13L);
        int compared = 0;
        for (int trial = 0; trial < 30; trial++) {
            Asp asp = new Asp(500 + 500 * rng.nextDouble(), 20 + 5 * rng.nextDouble(), 0.05 + 0.6 * rng.nextDouble(),
                    new double[] {1e4, 6}[trial % 2], 500);
            int m = 5;
            double[] a = new double[m];
            double[] d = new double[m];
            double[] r = new double[m];
            for (int i = 0; i < m; i++) {
                a[i] = 50 + 350 * rng.nextDouble();
                d[i] = 2 + 40 * rng.nextDouble();
                r[i] = Math.exp(Math.log(1e-3) * rng.nextDouble());
            }
            if (!Feasibility.isFeasible(asp, a, d)) {
                continue;
            }
            Participation policy = new Participation(INNER[trial % 3]);
            try {
                policy.checkFeasible(asp, a, d, 0);
            } catch (InfeasibleInstanceException e) {
                continue;
            }
            FollowerWorkspace base = new FollowerWorkspace(m);
            FollowerWorkspace scratch = new FollowerWorkspace(m);
            policy.solveInto(asp, a, d, r, base);
            for (int i = 0; i < m; i++) {
                for (double factor : new double[] {0.5, 0.99, 1.01, 2, 10}) {
                    double rNew = Math.min(1, r[i] * factor);
                    double fast = policy.perturbedQoe(asp, a, d, r, i, rNew, base, scratch, new double[3]);
                    double[] row = r.clone();
                    row[i] = rNew;
                    double slow = policy.solve(asp, a, d, row).q()[i];
                    assertThat(fast).isCloseTo(slow, within(1e-8 * asp.kappa()));
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThan(100);
    }
}
