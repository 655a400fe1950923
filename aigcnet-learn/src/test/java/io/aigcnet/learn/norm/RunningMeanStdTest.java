package io.aigcnet.learn.norm;

import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RunningMeanStdTest {
    @Test void mergedBatchesEqualTheDirectPopulationMoments() {
        // data 1..6 in batches {1,2}, {3,4,5}, {6}: mean 3.5, population variance 35/12 (closed form (n²−1)/12)
        RunningMeanStd r = new RunningMeanStd(1, 10);
        r.update(new double[][]{{1}, {2}});
        r.update(new double[][]{{3}, {4}, {5}});
        r.update(new double[][]{{6}});
        // the 1e-4 prior count (mean 0, var 1) perturbs the result by O(1e-4)
        assertThat(r.mean()[0]).isCloseTo(3.5, within(1e-3));
        assertThat(r.variance()[0]).isCloseTo(35.0 / 12, within(2e-3));
        assertThat(r.normalize(new double[]{3.5})[0]).isCloseTo(0, within(1e-3));
        assertThat(r.normalize(new double[]{1e9})[0]).isEqualTo(10.0); // clipped
    }
}
