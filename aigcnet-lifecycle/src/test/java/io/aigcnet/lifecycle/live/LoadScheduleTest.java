package io.aigcnet.lifecycle.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class LoadScheduleTest {
    @Test
    void stepsDoubleTheRateAndSpaceOffersEvenly() {
        LoadSchedule s = new LoadSchedule(60, 4, 4);
        assertThat(s.stepSeconds()).isEqualTo(15);
        assertThat(List.of(s.rate(0), s.rate(1), s.rate(2), s.rate(3))).containsExactly(4.0, 8.0, 16.0, 32.0);
        // 15 s x (4 + 8 + 16 + 32) per second
        assertThat(s.totalOffers()).isEqualTo(900);
        List<LoadSchedule.Offer> o = s.offerTimes();
        assertThat(o).hasSize(900);
        assertThat(o.get(0).atS()).isZero();
        assertThat(o.get(1).atS()).isEqualTo(0.25);
        assertThat(o.get(60).step()).isEqualTo(1);
        assertThat(o.get(60).atS()).isEqualTo(15.0);
        assertThat(o.get(61).atS()).isEqualTo(15.125);
        assertThat(o.get(899).atS()).isLessThan(60);
        for (int i = 0; i < o.size(); i++) {
            assertThat(o.get(i).index()).isEqualTo(i);
        }
    }

    @Test
    void oneStepIsAConstantRate() {
        LoadSchedule s = new LoadSchedule(10, 2.5, 1);
        assertThat(s.totalOffers()).isEqualTo(25);
        assertThat(s.offerTimes().get(24).atS()).isEqualTo(9.6);
    }

    @Test
    void badSchedulesNameTheOption() {
        assertThatThrownBy(() -> new LoadSchedule(1, 4, 1)).hasMessageContaining("--duration");
        assertThatThrownBy(() -> new LoadSchedule(10, 0, 1)).hasMessageContaining("--rate");
        assertThatThrownBy(() -> new LoadSchedule(10, 1, 11)).hasMessageContaining("--steps");
        assertThatThrownBy(() -> new LoadSchedule(4, 1, 8)).hasMessageContaining("at least 1 s per step");
    }

    @Test
    void headlineIsTheBestStepAndSaturationIsSeen() {
        BenchResult.Step a = new BenchResult.Step(4, 60, 60, 4.1, 2000, 3000, 0, 0, List.of(0.1));
        BenchResult.Step b = new BenchResult.Step(8, 120, 118, 7.5, 2500, 3500, 1, 1, List.of(0.2));
        BenchResult.Step c = new BenchResult.Step(16, 240, 150, 6.0, 9000, 20000, 0, 90, List.of(0.3));
        BenchResult r = new BenchResult(1, 2, 1000, 64, 45, 60, List.of(a, b, c), 328, 328, java.util.Map.of(), List.of(0.2), 0.5, 420,
                1, 2, 1000, List.of());
        assertThat(r.best()).isEqualTo(b);
        assertThat(r.saturated()).isTrue();
        assertThat(r.rejected()).isEqualTo(1);
        assertThat(r.unfinished()).isEqualTo(91);
        assertThat(r.toMap().get("registrations_per_s")).isEqualTo(7.5);
        assertThat(r.toMap().get("offered_per_s")).isEqualTo(8.0);
        assertThat(r.toMap().get("p50_confirm_ms")).isEqualTo(2500.0);
    }
}
