package io.aigcnet.learn.algo.sac;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import io.aigcnet.learn.env.classic.CartPole;
import io.aigcnet.learn.nn.Torch;
import io.aigcnet.learn.train.OffPolicyTrainer;
import io.aigcnet.learn.train.Rngs;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class DiscreteSacTest {
    @Test void exactExpectationsByHand() {
        try (NDManager m = Torch.engine().newBaseManager()) {
            // π = (0.25, 0.75), Q = (2, 4), α = 0.5:
            // V = 0.25·(2 − 0.5·ln .25) + 0.75·(4 − 0.5·ln .75); actor loss = Σ π(α ln π − Q) = −V
            double v = 0.25 * (2 - 0.5 * Math.log(0.25)) + 0.75 * (4 - 0.5 * Math.log(0.75));
            NDArray p = m.create(new float[]{0.25f, 0.75f}, new Shape(1, 2));
            NDArray lp = m.create(new float[]{(float) Math.log(0.25), (float) Math.log(0.75)}, new Shape(1, 2));
            NDArray q = m.create(new float[]{2f, 4f}, new Shape(1, 2));
            assertThat(DiscreteSac.softValue(p, lp, q, 0.5).getFloat()).isCloseTo((float) v, within(1e-5f));
            assertThat(DiscreteSac.actorLoss(p, lp, q, 0.5).getFloat()).isCloseTo((float) -v, within(1e-5f));
        }
    }

    @Test void runsOnCartPoleWithValidActions() {
        CartPole env = new CartPole();
        SacConfig cfg = SacConfig.defaults().withHidden(16, 16).withBatch(32, 50);
        try (DiscreteSac sac = new DiscreteSac(env.observationSpace(), env.actionSpace(), cfg, Rngs.seeded(1))) {
            double r = OffPolicyTrainer.builder().setEnv(env).optEvalEnv(new CartPole()).optEvalEpisodes(2).setSteps(250)
                    .optBatchSize(32).optLearningStarts(50).build().run(sac, Rngs.seeded(2));
            assertThat(r).isBetween(1.0, 500.0);
            assertThat(sac.act(new double[]{0, 0, 0.1, 0})[0]).isIn(0.0, 1.0);
            assertThat(sac.alpha()).isNotEqualTo(1.0);
        }
    }
}
