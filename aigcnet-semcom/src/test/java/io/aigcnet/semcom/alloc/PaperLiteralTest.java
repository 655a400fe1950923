package io.aigcnet.semcom.alloc;

import static org.assertj.core.api.Assertions.assertThat;

import io.aigcnet.semcom.channel.Channel;
import io.aigcnet.semcom.channel.ChannelConfig;
import io.aigcnet.semcom.quality.ImageTraits;
import io.aigcnet.semcom.quality.JpsqParams;
import io.aigcnet.semcom.quality.SurrogateQualityOracle;
import java.util.List;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/** The paper-literal critic target of eq. (23) bootstraps from the same state: steps truncate, never terminate. */
class PaperLiteralTest {
    @Test
    void literalModeTruncatesOnTheSameState() {
        UserImage u = new UserImage(50_000, new double[256], ImageTraits.NEUTRAL);
        AllocationEnv env = new AllocationEnv(List.of(u), new Channel(ChannelConfig.defaults()), JpsqParams.paper(),
                new SurrogateQualityOracle(), new AllocationSettings(1, 0, true, true, false));
        double[] obs = env.reset(RandomSource.XO_RO_SHI_RO_128_PP.create(1L));
        assertThat(obs).hasSize(256 + 2);
        var step = env.step(new double[] {0.5});
        assertThat(step.terminated()).isFalse();
        assertThat(step.truncated()).isTrue();
        assertThat(step.observation()).containsExactly(obs);
    }
}
