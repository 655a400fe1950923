package io.aigcnet.mechanism.contract.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GridRefineTest {

    @Test
    void findsTheVertexOfAParabolaBetweenGridPoints() {
        // −(x − 0.3137)² + 2 on [0, 1]: closed-form maximiser 0.3137, value 2
        GridRefine.Max m = GridRefine.maximise(x -> 2 - (x - 0.3137) * (x - 0.3137), 0, 1, 5, 1e-12);
        assertThat(m.x()).isCloseTo(0.3137, within(1e-6));
        assertThat(m.value()).isCloseTo(2, within(1e-12));
    }

    @Test
    void keepsABoundaryMaximum() {
        GridRefine.Max m = GridRefine.maximise(x -> x, -1, 3, 7, 1e-9);
        assertThat(m.x()).isCloseTo(3, within(1e-6));
    }

    @Test
    void findsTheBetterOfTwoModesWhenTheGridResolvesThem() {
        // peaks at 0.2 (height 1) and 0.8 (height 1.5)
        GridRefine.Max m = GridRefine.maximise(x -> Math.max(1 - 50 * (x - 0.2) * (x - 0.2), 1.5 - 50 * (x - 0.8) * (x - 0.8)), 0, 1, 21, 1e-12);
        assertThat(m.x()).isCloseTo(0.8, within(1e-5));
    }

    @Test
    void tiesGoToTheLowestArgument() {
        assertThat(GridRefine.maximise(x -> 1, 2, 5, 4, 1e-9).x()).isEqualTo(2);
    }
}
