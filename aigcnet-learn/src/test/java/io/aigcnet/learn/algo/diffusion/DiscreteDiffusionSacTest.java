package io.aigcnet.learn.algo.diffusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import io.aigcnet.learn.buffer.Transitions;
import io.aigcnet.learn.env.Space;
import io.aigcnet.learn.nn.Torch;
import io.aigcnet.learn.train.Rngs;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;

class DiscreteDiffusionSacTest {
    @Test void actorLossByHand() {
        try (NDManager m = Torch.engine().newBaseManager()) {
            // π = (0.25, 0.75), Q = (2, 4), α = 0.5: H = −(0.25 ln 0.25 + 0.75 ln 0.75);
            // loss = −(0.5·H + 0.25·2 + 0.75·4)
            double h = -(0.25 * Math.log(0.25) + 0.75 * Math.log(0.75));
            NDArray p = m.create(new float[]{0.25f, 0.75f}, new Shape(1, 2));
            NDArray lp = m.create(new float[]{(float) Math.log(0.25), (float) Math.log(0.75)}, new Shape(1, 2));
            NDArray q = m.create(new float[]{2f, 4f}, new Shape(1, 2));
            assertThat(DiscreteDiffusionSac.actorLoss(p, lp, q, 0.5).getFloat()).isCloseTo((float) -(0.5 * h + 3.5), within(1e-5f));
        }
    }

    /**
     * Updates on a fixed batch where, in one state, arm 2 of 4 pays 1 and the others 0 (terminal steps):
     * the critic must learn Q(s, 2) > Q(s, a) and the actor must move probability mass onto arm 2.
     */
    @Test void updatesMoveTheSoftmaxOntoTheBestArm() {
        int n = 4, b = 64;
        float[] obs = new float[b * 3], acts = new float[b], rew = new float[b], term = new float[b];
        for (int i = 0; i < b; i++) {
            obs[3 * i] = 1f; obs[3 * i + 1] = 0.5f; obs[3 * i + 2] = 0.2f;
            acts[i] = i % n;
            rew[i] = i % n == 2 ? 1f : 0f;
            term[i] = 1f;
        }
        Transitions batch = new Transitions(b, 3, 1, obs, acts, rew, obs.clone(), term);
        DiffusionConfig cfg = DiffusionConfig.gdmopt().withSteps(5).withSizes(32, 32).withLearning(3e-3, 3e-3, 0, b, 0);
        try (DiscreteDiffusionSac agent = new DiscreteDiffusionSac(Space.Box.of(3, 0, 1), new Space.Discrete(n), cfg, 0.01, Rngs.seeded(3))) {
            double[] o = {1, 0.5, 0.2};
            UniformRandomProvider rng = Rngs.seeded(5);
            float before = agent.probabilities(o, Rngs.seeded(9))[2];
            for (int k = 0; k < 300; k++) agent.update(batch, rng);
            float[] after = agent.probabilities(o, Rngs.seeded(9));
            assertThat(after[2]).as("probability of the paying arm, before %s", before).isGreaterThan(before + 0.2f);
            assertThat(agent.act(o)[0]).isEqualTo(2.0);
        }
    }
}
