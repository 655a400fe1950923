package io.aigcnet.mechanism.auction.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.aigcnet.core.rng.RngStreams;
import io.aigcnet.mechanism.auction.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class InstanceGeneratorTest {
    @Test
    void tasksFollowTheTableRanges() {
        List<TaskType> types = TaskType.defaults();
        for (Av av : Fixtures.instance(1, 0, 200).avs()) {
            assertThat(av.tasks()).hasSize(3);
            for (int k = 0; k < 3; k++) {
                DtTask t = av.tasks().get(k);
                TaskType ty = types.get(k);
                assertThat(t.w()).isBetween(ty.wMin(), ty.wMax());
                assertThat(t.tau()).isBetween(ty.tauMin(), ty.tauMax());
                assertThat(t.v()).isBetween(ty.vMin(), ty.vMax());
            }
        }
    }

    @Test
    void qualityHasMeanOneAndMatchValuesAreLogNormal() {
        InstanceGenerator gen = new InstanceGenerator(MarketParams.defaults(), List.of());
        List<Item> items = gen.items(100_000, RngStreams.of(9).fresh("x"));
        double xi = 0;
        double logMu = 0;
        double logMu2 = 0;
        int k = 0;
        for (Item it : items) {
            xi += it.xi();
            double l = Math.log(it.mu()[0]);
            logMu += l;
            logMu2 += l * l;
            k++;
        }
        // E[xi] = 1 (sd of xi ~ 1.31, so 4 SE ~ 0.017); log mu ~ N(0, 1)
        assertThat(xi / k).isCloseTo(1.0, within(0.017));
        assertThat(logMu / k).isCloseTo(0.0, within(0.013));
        assertThat(logMu2 / k).isCloseTo(1.0, within(0.02));
    }

    @Test
    void smallerMarketsArePrefixesOfLargerOnesAndDrawsRepeat() {
        Instance small = Fixtures.instance(5, 2, 10);
        Instance big = Fixtures.instance(5, 2, 50);
        for (int i = 0; i < 10; i++) assertThat(small.avs().get(i)).isEqualTo(big.avs().get(i));
        assertThat(Fixtures.instance(5, 2, 10).avs()).isEqualTo(small.avs());
        assertThat(small.items().get(3).xi()).isEqualTo(big.items().get(3).xi());
    }
}
