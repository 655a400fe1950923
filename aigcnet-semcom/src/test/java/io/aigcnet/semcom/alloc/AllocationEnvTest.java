package io.aigcnet.semcom.alloc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import io.aigcnet.learn.nn.Torch;
import io.aigcnet.semcom.channel.Channel;
import io.aigcnet.semcom.channel.ChannelConfig;
import io.aigcnet.semcom.quality.ImageTraits;
import io.aigcnet.semcom.quality.JpsqParams;
import io.aigcnet.semcom.quality.Quality;
import io.aigcnet.semcom.quality.SurrogateQualityOracle;
import java.util.BitSet;
import java.util.List;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class AllocationEnvTest {
    private static UserImage user(int px) {
        return new UserImage(px, new double[256], ImageTraits.NEUTRAL);
    }

    @Test
    void stateMapIsAreaAverageThenHalfThreshold() {
        // 32x32 image: 2x2 pixel blocks; block (0,0) fully set, block (0,1) 2 of 4 set, block (0,2) 1 of 4 set
        BitSet s = new BitSet();
        s.set(0); s.set(1); s.set(32); s.set(33);
        s.set(2); s.set(3);
        s.set(4);
        double[] m = StateMap.of(s, 32, 32);
        assertThat(m[0]).isEqualTo(1);
        assertThat(m[1]).isEqualTo(1);
        assertThat(m[2]).isEqualTo(0);
        assertThat(m[16]).isEqualTo(0);
    }

    @Test
    void rewardIsEquationNineteenSummedOverUsers() {
        SurrogateQualityOracle o = new SurrogateQualityOracle();
        AllocationEnv env = new AllocationEnv(List.of(user(100_000)), new Channel(ChannelConfig.defaults()), JpsqParams.paper(), o,
                AllocationSettings.of(2));
        AllocationEnv.State st = env.of(List.of(user(100_000), user(50_000)), new long[] {80_000, 50_000});
        AllocationEnv.Outcome out = env.evaluate(st, new double[] {0.5, 1.5});
        assertThat(out.pixels()).containsExactly(40_000, 50_000);
        double u1 = JpsqParams.paper().utility(o.recovered(0.4, 0, ImageTraits.NEUTRAL), 40_000);
        double u2 = JpsqParams.paper().utility(o.recovered(1.0, 0, ImageTraits.NEUTRAL), 50_000);
        assertThat(out.reward()).isCloseTo(u1 + u2, within(1e-9));
        // by hand for user 2: 500·(1 − 0.02)·ln(1.25·5.2352/4.9827) − 0.05·50
        assertThat(u2).isCloseTo(500 * 0.98 * Math.log(1.25 * 5.2352 / 4.9827) - 2.5, within(1e-9));
    }

    @Test
    void sharedCapacityScalesAllocationsDown() {
        AllocationEnv env = new AllocationEnv(List.of(user(100_000)), new Channel(ChannelConfig.defaults()), JpsqParams.paper(),
                new SurrogateQualityOracle(), AllocationSettings.of(2).withCapacity(60_000));
        AllocationEnv.State st = env.of(List.of(user(100_000), user(100_000)), new long[] {80_000, 40_000});
        AllocationEnv.Outcome out = env.evaluate(st, new double[] {1, 1});
        assertThat(out.pixels()[0] + out.pixels()[1]).isLessThanOrEqualTo(60_000);
        assertThat(out.pixels()[0]).isCloseTo(40_000, within(1.0));
    }

    @Test
    void resetDrawsCapsWithinBothLimitsOfNineteenA() {
        AllocationEnv env = new AllocationEnv(List.of(user(200_000), user(30_000)), new Channel(ChannelConfig.defaults()),
                JpsqParams.paper(), new SurrogateQualityOracle(), AllocationSettings.of(3));
        var r = RandomSource.XO_RO_SHI_RO_128_PP.create(5L);
        for (int k = 0; k < 50; k++) {
            double[] obs = env.reset(r);
            assertThat(obs).hasSize(3 * 256);
            for (int i = 0; i < 3; i++) assertThat(env.state().capPx()[i]).isBetween(0L, (long) env.state().users().get(i).semanticPx());
            var step = env.step(new double[] {1, 1, 1});
            assertThat(step.terminated()).isTrue();
        }
        // a user below the quality threshold gets only the penalty
        assertThat(JpsqParams.paper().utility(new Quality(0.1, 4.0), 10_000)).isCloseTo(-0.5, within(1e-12));
    }

    @Test
    void attentionEncoderSharesWeightsAcrossUsers() {
        try (NDManager m = Torch.engine().newBaseManager()) {
            AttentionMapEncoder enc = new AttentionMapEncoder(m, 3, 0, 8, 16, RandomSource.XO_RO_SHI_RO_128_PP.create(1L));
            float[] x = new float[2 * 3 * 256];
            for (int i = 0; i < x.length; i++) x[i] = (i * 7 % 11) / 11f;
            NDArray out = enc.encode(m.create(x, new Shape(2, 3 * 256)));
            assertThat(out.getShape()).isEqualTo(new Shape(2, 16));
            assertThat(enc.outputDim()).isEqualTo(16);
        }
    }
}
