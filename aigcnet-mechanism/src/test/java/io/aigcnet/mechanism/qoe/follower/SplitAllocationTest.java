package io.aigcnet.mechanism.qoe.follower;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.aigcnet.mechanism.qoe.model.Asp;
import org.junit.jupiter.api.Test;

class SplitAllocationTest {

    @Test
    void onlyFSplitsBandwidthAndOptimisesComputeInClosedForm() {
        // interior 1-D optimum: f = sqrt(R A / c^f) (spec §7.3 Case 1 restricted), B = B^max / M
        Asp asp = new Asp(500, 21, 0.2, 30, 100);
        double[] a = {56.3, 120};
        double[] d = {8.32, 10};
        double[] r = {0.06, 0.1};
        Allocation al = new SplitAllocation(SplitAllocation.Optimised.COMPUTE).solve(asp, a, d, r);
        for (int m = 0; m < 2; m++) {
            assertThat(al.b(m)).isEqualTo(50);
            assertThat(al.f(m)).isCloseTo(Math.sqrt(r[m] * a[m] / 21), within(1e-12));
            assertThat(al.q(m)).isCloseTo(500 - a[m] / al.f(m) - d[m] / 50, within(1e-9));
        }
    }

    @Test
    void onlyBBindsC1WhenRewardIsTinyAndCapacityWhenLarge() {
        Asp asp = new Asp(500, 21, 0.2, 4, 10);
        double[] a = {200, 200};
        double[] d = {500, 10};
        // f = 2 each -> compute latency 100 ms, so B must give D/B ≤ 400: B ≥ 1.25 for user 0
        Allocation low = new SplitAllocation(SplitAllocation.Optimised.BANDWIDTH).solve(asp, a, d,
                new double[] {1e-6, 1e-6});
        assertThat(low.b(0)).isCloseTo(500.0 / 400, within(1e-12));
        assertThat(low.q(0)).isZero();
        assertThat(low.nu(0)).isPositive();
        // huge rewards: bandwidth capacity binds, shares ∝ sqrt(R D)
        Allocation high = new SplitAllocation(SplitAllocation.Optimised.BANDWIDTH).solve(asp, a, d,
                new double[] {100, 100});
        assertThat(high.b(0) + high.b(1)).isCloseTo(10, within(1e-9));
        assertThat(high.b(0) / high.b(1)).isCloseTo(Math.sqrt(500.0 / 10), within(1e-9));
        assertThat(high.rho()).isPositive();
    }

    @Test
    void equalSplitThatMissesADeadlineIsRejectedByName() {
        Asp asp = new Asp(100, 21, 0.2, 30, 2);
        double[] a = {10, 10};
        double[] d = {200, 1};
        assertThatThrownBy(() -> new SplitAllocation(SplitAllocation.Optimised.COMPUTE).checkFeasible(asp, a, d, 1))
                .hasMessageContaining("pairs[1][0]").hasMessageContaining("OnlyF");
    }
}
