package io.aigcnet.cli.semcom;

import io.aigcnet.learn.algo.diffusion.DiffusionAgent;
import io.aigcnet.learn.algo.diffusion.DiffusionConfig;
import io.aigcnet.learn.buffer.ReplayBuffer;
import io.aigcnet.learn.env.Space;
import io.aigcnet.learn.train.Rngs;
import io.aigcnet.semcom.alloc.AttentionMapEncoder;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import org.apache.commons.rng.UniformRandomProvider;

/** ADD timing for {@code bench semcom --add}: inference (one state) and one update (batch 256), N = 5, T = 5 and 6. */
final class AddBench {
    private AddBench() {}

    static void run(PrintWriter out, long seed) {
        int n = 5, obs = n * 256;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        out.println("# ADD (diffusion actor + twin critics, attention-map encoder, hidden 256), N = 5 users, one thread");
        for (int t : new int[] {5, 6}) {
            UniformRandomProvider rng = Rngs.seeded(seed);
            DiffusionConfig cfg = DiffusionConfig.gdmopt().withSteps(t).withLearning(1e-4, 1e-4, 1e-4, 256, 256);
            try (DiffusionAgent a = new DiffusionAgent(Space.Box.of(obs, 0, 1), Space.Box.of(n, 0, 1), cfg, rng,
                    (owner, r) -> new AttentionMapEncoder(owner, n, 0, 32, 256, r))) {
                double[] o = new double[obs];
                for (int i = 0; i < obs; i++) o[i] = rng.nextInt(2);
                ReplayBuffer buf = new ReplayBuffer(1024, obs, n);
                for (int i = 0; i < 1024; i++) buf.add(o, a.randomAction(rng), rng.nextDouble(), o, true);
                for (int i = 0; i < 20; i++) a.act(o);
                for (int i = 0; i < 5; i++) a.update(buf.sample(256, rng), rng);
                double[] inf = new double[50], upd = new double[10];
                for (int i = 0; i < inf.length; i++) {
                    long c0 = threads.getCurrentThreadCpuTime();
                    a.act(o);
                    inf[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
                }
                for (int i = 0; i < upd.length; i++) {
                    var batch = buf.sample(256, rng);
                    long c0 = threads.getCurrentThreadCpuTime();
                    a.update(batch, rng);
                    upd[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
                }
                Arrays.sort(inf);
                Arrays.sort(upd);
                out.printf(Locale.ROOT, "T = %d: inference median %.2f ms (thread CPU), update (batch 256) median %.1f ms%n",
                        t, inf[inf.length / 2], upd[upd.length / 2]);
            }
        }
    }
}
