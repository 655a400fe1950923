package io.aigcnet.mechanism.auction.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.aigcnet.mechanism.auction.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemandModelTest {
    private final List<DtTask> tasks = List.of(new DtTask(0.8, 0.2, 3), new DtTask(2.0, 0.5, 5), new DtTask(4.0, 0.8, 10));

    @Test
    void multiTaskDemandIsTheSumOfPerTaskRates() {
        // by hand: 0.8/0.2 + 2/0.5 + 4/0.8 = 4 + 4 + 5
        assertThat(DemandModel.MULTI_TASK.demand(tasks)).isCloseTo(13.0, within(1e-12));
    }

    @Test
    void singleTaskDemandUsesTheTightestDeadline() {
        // by hand: (0.8 + 2 + 4) / 0.2
        assertThat(DemandModel.SINGLE_TASK.demand(tasks)).isCloseTo(34.0, within(1e-12));
    }

    @Test
    void multiTaskRatesMeetEveryDeadlineAndLessDoesNot() {
        Av av = new Av(0, tasks);
        double[] rates = tasks.stream().mapToDouble(DtTask::requiredRate).toArray();
        assertThat(av.valueAt(rates)).isEqualTo(18.0);
        rates[2] *= 0.99; // one task misses its deadline: all-or-nothing
        assertThat(av.valueAt(rates)).isZero();
    }

    @Test
    void singleTaskNeverAsksLessThanMultiTask() {
        for (int s = 0; s < 50; s++) {
            for (Av av : Fixtures.instance(3, s, 20).avs()) {
                assertThat(av.demand(DemandModel.SINGLE_TASK)).isGreaterThanOrEqualTo(av.demand(DemandModel.MULTI_TASK));
            }
        }
    }

    @Test
    void tasksRejectNonPositiveDeadlinesAndNaN() {
        assertThatThrownBy(() -> new DtTask(1, 0, 1)).hasMessageContaining("tau");
        assertThatThrownBy(() -> new DtTask(Double.NaN, 1, 1)).hasMessageContaining("w");
    }
}
