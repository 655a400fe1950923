package io.aigcnet.mechanism.qoe.follower;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.aigcnet.mechanism.qoe.model.Asp;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class JointAllocationTest {

    private final JointAllocation solver = new JointAllocation();

    @Test
    void interiorMatchesCase1ClosedForm() {
        // spec §7.3 Case 1: f = sqrt(RA/c^f), B = sqrt(RD/c^B), Q = κ − (sqrt(A c^f)+sqrt(D c^B))/sqrt(R)
        Asp asp = new Asp(500, 21, 0.2, 30, 500);
        double[] a = {56.3, 120, 200};
        double[] d = {8.32, 10, 12};
        double[] r = {0.06, 0.1, 0.126};
        Allocation al = solver.solve(asp, a, d, r);
        for (int m = 0; m < 3; m++) {
            assertThat(al.f(m)).isCloseTo(Math.sqrt(r[m] * a[m] / 21), within(1e-12));
            assertThat(al.b(m)).isCloseTo(Math.sqrt(r[m] * d[m] / 0.2), within(1e-12));
            double w = Math.sqrt(a[m] * 21) + Math.sqrt(d[m] * 0.2);
            assertThat(al.q(m)).isCloseTo(500 - w / Math.sqrt(r[m]), within(1e-9));
            assertThat(al.nu(m)).isZero();
        }
        assertThat(al.lambda()).isZero();
        assertThat(al.rho()).isZero();
        // cost at the interior optimum is Σ sqrt(R)·W (spec §7.3)
        double cost = 0;
        double revenue = 0;
        for (int m = 0; m < 3; m++) {
            cost += Math.sqrt(r[m]) * (Math.sqrt(a[m] * 21) + Math.sqrt(d[m] * 0.2));
            revenue += r[m] * al.q(m);
        }
        assertThat(al.cost()).isCloseTo(cost, within(1e-9));
        assertThat(al.utility()).isCloseTo(revenue - cost, within(1e-9));
    }

    @Test
    void lowRewardBindsC1AtTheCheapestDeadlineMeetingPoint() {
        // spec §7.3 Case 2: R below (W/κ)² -> Q = 0, f = (A + sqrt(A D c^B/c^f))/κ, B = (D + sqrt(A D c^f/c^B))/κ
        Asp asp = new Asp(300, 21, 0.2, 30, 500);
        double[] a = {300.0};
        double[] d = {20.0};
        double w = Math.sqrt(300 * 21.0) + Math.sqrt(20 * 0.2);
        double r = 0.5 * (w / 300) * (w / 300);
        Allocation al = solver.solve(asp, a, d, new double[] {r});
        assertThat(al.q(0)).isZero();
        assertThat(al.f(0)).isCloseTo((300 + Math.sqrt(300 * 20 * 0.2 / 21)) / 300, within(1e-12));
        assertThat(al.b(0)).isCloseTo((20 + Math.sqrt(300 * 20 * 21 / 0.2)) / 300, within(1e-12));
        // s = (W/κ)², ν = s − R = R here
        assertThat(al.nu(0)).isCloseTo(r, within(1e-12));
        assertThat(300 - a[0] / al.f(0) - d[0] / al.b(0)).isCloseTo(0, within(1e-9));
    }

    @Test
    void bindingComputeSharesInProportionToSqrtRA() {
        // spec §7.3 Case 3: f_m = f^max sqrt(R_m A_m)/Σ sqrt(R_j A_j); λ = (Σ sqrt(RA)/f^max)² − c^f
        Asp asp = new Asp(1000, 1, 0.2, 2, 500);
        double[] a = {100, 200, 300};
        double[] d = {5, 5, 5};
        double[] r = {0.5, 0.6, 0.7};
        Allocation al = solver.solve(asp, a, d, r);
        double sum = 0;
        for (int m = 0; m < 3; m++) {
            sum += Math.sqrt(r[m] * a[m]);
        }
        for (int m = 0; m < 3; m++) {
            assertThat(al.f(m)).isCloseTo(2 * Math.sqrt(r[m] * a[m]) / sum, within(1e-10));
            assertThat(al.b(m)).isCloseTo(Math.sqrt(r[m] * d[m] / 0.2), within(1e-12));
        }
        assertThat(al.lambda()).isCloseTo(sum * sum / 4 - 1, within(1e-9));
        assertThat(al.rho()).isZero();
    }

    @Test
    void bindingBandwidthSharesInProportionToSqrtRD() {
        Asp asp = new Asp(1000, 1, 0.2, 300, 3);
        double[] a = {10, 20, 30};
        double[] d = {50, 60, 70};
        double[] r = {0.5, 0.6, 0.7};
        Allocation al = solver.solve(asp, a, d, r);
        double sum = 0;
        for (int m = 0; m < 3; m++) {
            sum += Math.sqrt(r[m] * d[m]);
        }
        for (int m = 0; m < 3; m++) {
            assertThat(al.b(m)).isCloseTo(3 * Math.sqrt(r[m] * d[m]) / sum, within(1e-10));
        }
        assertThat(al.rho()).isCloseTo(sum * sum / 9 - 0.2, within(1e-9));
    }

    @Test
    void beatsBruteForceOnSmallGrids() {
        // brute force: a 4-D grid over (f1, f2, B1, B2) on the capacity box, keeping points that meet
        // C1 and C2; the exact solver must be at least as good, and the grid must come close.
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(7L);
        int checked = 0;
        for (int trial = 0; trial < 12; trial++) {
            Asp asp = new Asp(200 + 400 * rng.nextDouble(), 5 + 20 * rng.nextDouble(), 0.1 + rng.nextDouble(),
                    1 + 2 * rng.nextDouble(), 1 + 4 * rng.nextDouble());
            double[] a = {30 + 200 * rng.nextDouble(), 30 + 200 * rng.nextDouble()};
            double[] d = {1 + 10 * rng.nextDouble(), 1 + 10 * rng.nextDouble()};
            double[] r = {0.01 + 0.5 * rng.nextDouble(), 0.01 + 0.5 * rng.nextDouble()};
            if (!Feasibility.isFeasible(asp, a, d)) {
                continue;
            }
            Allocation al = solver.solve(asp, a, d, r);
            double best = bruteForce(asp, a, d, r, 60);
            assertThat(al.utility()).isGreaterThanOrEqualTo(best - 1e-9);
            assertThat(al.utility() - best).isLessThan(0.02 * Math.abs(al.utility()) + 0.05);
            assertKkt(asp, a, d, r, al);
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(4);
    }

    private static double bruteForce(Asp asp, double[] a, double[] d, double[] r, int steps) {
        double best = Double.NEGATIVE_INFINITY;
        for (int i = 1; i <= steps; i++) {
            double f1 = asp.fMax() * i / steps;
            for (int j = 1; j <= steps; j++) {
                double f2 = asp.fMax() * j / steps;
                if (f1 + f2 > asp.fMax()) {
                    break;
                }
                for (int k = 1; k <= steps; k++) {
                    double b1 = asp.bMax() * k / steps;
                    double q1 = asp.kappa() - a[0] / f1 - d[0] / b1;
                    if (q1 < 0) {
                        continue;
                    }
                    for (int l = 1; l <= steps; l++) {
                        double b2 = asp.bMax() * l / steps;
                        if (b1 + b2 > asp.bMax()) {
                            break;
                        }
                        double q2 = asp.kappa() - a[1] / f2 - d[1] / b2;
                        if (q2 < 0) {
                            continue;
                        }
                        double u = r[0] * q1 + r[1] * q2 - asp.costF() * (f1 + f2) - asp.costB() * (b1 + b2);
                        best = Math.max(best, u);
                    }
                }
            }
        }
        return best;
    }

    @Property(tries = 300)
    void satisfiesKktOnRandomInstances(@ForAll @IntRange(min = 1, max = 30) int m,
            @ForAll @DoubleRange(min = 0.5, max = 50) double fMax,
            @ForAll @DoubleRange(min = 1, max = 500) double bMax,
            @ForAll long seed) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        Asp asp = new Asp(300 + 1200 * rng.nextDouble(), 1 + 30 * rng.nextDouble(), 0.01 + rng.nextDouble(),
                fMax, bMax);
        double[] a = new double[m];
        double[] d = new double[m];
        double[] r = new double[m];
        for (int i = 0; i < m; i++) {
            a[i] = 10 + 300 * rng.nextDouble();
            d[i] = 0.5 + 20 * rng.nextDouble();
            r[i] = Math.exp(Math.log(1e-3) + rng.nextDouble() * Math.log(2000));
        }
        if (!Feasibility.isFeasible(asp, a, d)) {
            assertThatThrownBy(() -> solver.checkFeasible(asp, a, d, 4)).hasMessageContaining("asps[4]");
            return;
        }
        assertKkt(asp, a, d, r, solver.solve(asp, a, d, r));
    }

    /** Primal feasibility, stationarity and complementary slackness of spec §7.3. */
    static void assertKkt(Asp asp, double[] a, double[] d, double[] r, Allocation al) {
        double sumF = 0;
        double sumB = 0;
        for (int m = 0; m < a.length; m++) {
            double q = asp.kappa() - a[m] / al.f(m) - d[m] / al.b(m);
            assertThat(q).isGreaterThanOrEqualTo(-1e-7 * asp.kappa());
            assertThat(al.q(m)).isCloseTo(Math.max(0, q), within(1e-7 * asp.kappa()));
            assertThat(al.nu(m)).isGreaterThanOrEqualTo(-1e-9);
            if (al.nu(m) > 1e-9 * r[m]) {
                assertThat(q).isCloseTo(0, within(1e-7 * asp.kappa()));
            }
            double s = r[m] + al.nu(m);
            assertThat(s * a[m] / (al.f(m) * al.f(m))).isCloseTo(asp.costF() + al.lambda(),
                    within(1e-8 * (asp.costF() + al.lambda())));
            assertThat(s * d[m] / (al.b(m) * al.b(m))).isCloseTo(asp.costB() + al.rho(),
                    within(1e-8 * (asp.costB() + al.rho())));
            sumF += al.f(m);
            sumB += al.b(m);
        }
        assertThat(al.lambda()).isGreaterThanOrEqualTo(0);
        assertThat(al.rho()).isGreaterThanOrEqualTo(0);
        assertThat(sumF).isLessThanOrEqualTo(asp.fMax() * (1 + 1e-10));
        assertThat(sumB).isLessThanOrEqualTo(asp.bMax() * (1 + 1e-10));
        if (al.lambda() > 1e-9) {
            assertThat(sumF).isCloseTo(asp.fMax(), within(1e-9 * asp.fMax()));
        }
        if (al.rho() > 1e-9) {
            assertThat(sumB).isCloseTo(asp.bMax(), within(1e-9 * asp.bMax()));
        }
    }

    @Test
    void feasibilityClosedFormAgreesWithAScanOverPriceRatios() {
        // spec §7.5: feasible iff some r gives Σ f(r) ≤ f^max and Σ B(r) ≤ B^max; scan r on a log grid
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(11L);
        int agree = 0;
        for (int t = 0; t < 400; t++) {
            Asp asp = new Asp(100 + 200 * rng.nextDouble(), 1, 1, 0.5 + 2 * rng.nextDouble(), 0.5 + 2 * rng.nextDouble());
            double[] a = {50 + 100 * rng.nextDouble(), 50 + 100 * rng.nextDouble()};
            double[] d = {50 + 100 * rng.nextDouble(), 50 + 100 * rng.nextDouble()};
            boolean scan = false;
            for (int k = -4000; k <= 4000 && !scan; k++) {
                double ratio = Math.pow(10, k / 1000.0);
                double sf = 0;
                double sb = 0;
                for (int m = 0; m < 2; m++) {
                    sf += (a[m] + Math.sqrt(a[m] * d[m] * ratio)) / asp.kappa();
                    sb += (d[m] + Math.sqrt(a[m] * d[m] / ratio)) / asp.kappa();
                }
                scan = sf <= asp.fMax() && sb <= asp.bMax();
            }
            double slack = Feasibility.slack(asp, a, d);
            if (Math.abs(slack) > 1e-3) {
                assertThat(slack > 0).isEqualTo(scan);
                agree++;
            }
        }
        assertThat(agree).isGreaterThan(300);
    }
}
