package io.aigcnet.semcom.alloc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.aigcnet.semcom.channel.Channel;
import io.aigcnet.semcom.channel.ChannelConfig;
import io.aigcnet.semcom.quality.ImageTraits;
import io.aigcnet.semcom.quality.JpsqParams;
import io.aigcnet.semcom.quality.SurrogateQualityOracle;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class OptimalAllocationTest {
    private final SurrogateQualityOracle oracle = new SurrogateQualityOracle();

    /** The grid-and-refine search equals a scan of every whole-pixel budget, for images with random traits and caps. */
    @Test
    void bestPixelsEqualsExhaustiveScan() {
        UniformRandomProvider rng = RandomSource.SPLIT_MIX_64.create(7);
        for (JpsqParams w : new JpsqParams[] {JpsqParams.paper(), JpsqParams.paper().withOmegas(1, 200, 0.2)}) {
            OptimalAllocation opt = new OptimalAllocation(w, oracle);
            for (int k = 0; k < 12; k++) {
                int s = 20_000 + rng.nextInt(180_000);
                UserImage img = new UserImage(s, new double[256], ImageTraits.draw(rng, 0.25, 0.15));
                long cap = k % 3 == 0 ? s : 1 + rng.nextInt(s);
                long brute = 0;
                double bestU = opt.userUtility(img, 0);
                for (long b = 1; b <= cap; b++) {
                    double u = opt.userUtility(img, b);
                    if (u > bestU) {
                        bestU = u;
                        brute = b;
                    }
                }
                long found = opt.bestPixels(img, cap);
                assertThat(opt.userUtility(img, found)).as("image %d, |S| %d, cap %d", k, s, cap).isCloseTo(bestU, within(1e-9));
                assertThat(found).isEqualTo(brute);
            }
        }
    }

    /**
     * With the paper's weights and a typical image the surrogate's optimum is the whole semantic information, i.e.
     * the paper's fixed allocation: the marginal utility stays positive up to f = 1.
     */
    @Test
    void paperWeightsMakeTheWholeSemanticInformationOptimalForATypicalImage() {
        OptimalAllocation opt = new OptimalAllocation(JpsqParams.paper(), oracle);
        UserImage img = new UserImage(150_000, new double[256], ImageTraits.NEUTRAL);
        assertThat(opt.bestPixels(img, 150_000)).isEqualTo(150_000);
        // by hand at f = 1: the NIMA term alone gives ω1·T(D)·Q'(1)/Q(1) with Q' = 0.1051·1.2·e^1.2/(e^1.2 − 1),
        // T(D(1)) = 0.98, Q(1) = 5.2352: about 16.9 utility per unit of f, against the cost ω2·|S|/1000 = 7.5
        double nimaSlope = 0.1051 * 1.2 * Math.exp(1.2) / (Math.exp(1.2) - 1);
        assertThat(500 * 0.98 * nimaSlope / 5.2352).isGreaterThan(0.05 * 150);
        assertThat(opt.userUtility(img, 150_000) - opt.userUtility(img, 149_000)).isPositive();
    }

    /** An image whose NIMA stays below Q_th at any budget earns nothing, so the optimum sends nothing. */
    @Test
    void hopelessImageGetsNothing() {
        OptimalAllocation opt = new OptimalAllocation(JpsqParams.paper(), oracle);
        UserImage img = new UserImage(100_000, new double[256], new ImageTraits(-1.0, 1));
        assertThat(opt.bestPixels(img, 100_000)).isZero();
    }

    @Test
    void actionsGiveBackTheChosenPixelsAndRefuseSharedCapacity() {
        OptimalAllocation opt = new OptimalAllocation(JpsqParams.paper(), oracle);
        UserImage a = new UserImage(120_000, new double[256], ImageTraits.NEUTRAL);
        UserImage b = new UserImage(90_000, new double[256], new ImageTraits(-1.0, 1));
        AllocationEnv env = new AllocationEnv(List.of(a), new Channel(ChannelConfig.defaults()), JpsqParams.paper(), oracle,
                AllocationSettings.of(2));
        AllocationEnv.State st = env.of(List.of(a, b), new long[] {100_000, 90_000});
        AllocationEnv.Outcome out = env.evaluate(st, opt.action(env, st));
        assertThat(out.pixels()[0]).isEqualTo(opt.bestPixels(a, 100_000));
        assertThat(out.pixels()[1]).isZero();
        assertThat(out.reward()).isGreaterThanOrEqualTo(env.evaluate(st, new double[] {1, 1}).reward());
        AllocationEnv shared = new AllocationEnv(List.of(a), new Channel(ChannelConfig.defaults()), JpsqParams.paper(), oracle,
                AllocationSettings.of(2).withCapacity(1000));
        assertThatThrownBy(() -> opt.action(shared, st)).isInstanceOf(IllegalArgumentException.class);
    }
}
