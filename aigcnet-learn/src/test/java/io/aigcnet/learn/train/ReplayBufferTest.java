package io.aigcnet.learn.train;

import io.aigcnet.learn.buffer.ReplayBuffer;
import io.aigcnet.learn.buffer.Transitions;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

class ReplayBufferTest {
    @Test void overwritesOldestAndSamplesOnlyStoredRows() {
        ReplayBuffer b = new ReplayBuffer(3, 1, 1);
        for (int i = 0; i < 5; i++) b.add(new double[]{i}, new float[]{i}, i, new double[]{i + 1}, i == 4);
        assertThat(b.size()).isEqualTo(3);
        Transitions t = b.sample(200, Rngs.seeded(1));
        for (int k = 0; k < t.size(); k++) {
            float o = t.observations()[k];
            assertThat(o).isIn(2f, 3f, 4f); // 0 and 1 were overwritten
            assertThat(t.actions()[k]).isEqualTo(o);
            assertThat(t.rewards()[k]).isEqualTo(o);
            assertThat(t.nextObservations()[k]).isEqualTo(o + 1);
            assertThat(t.terminated()[k]).isEqualTo(o == 4f ? 1f : 0f);
        }
    }
}
