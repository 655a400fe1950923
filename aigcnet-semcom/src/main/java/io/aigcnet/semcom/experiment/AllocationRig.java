package io.aigcnet.semcom.experiment;

import io.aigcnet.core.experiment.ExperimentContext;
import io.aigcnet.learn.algo.diffusion.DiffusionAgent;
import io.aigcnet.learn.algo.ppo.PpoPolicy;
import io.aigcnet.learn.train.MemoryTrainLog;
import io.aigcnet.semcom.alloc.AllocationEnv;
import io.aigcnet.semcom.alloc.AllocationSettings;
import io.aigcnet.semcom.alloc.BandwidthAllocator;
import io.aigcnet.semcom.alloc.StateMap;
import io.aigcnet.semcom.alloc.Trainers;
import io.aigcnet.semcom.alloc.TrainingSettings;
import io.aigcnet.semcom.alloc.UserImage;
import io.aigcnet.semcom.channel.Channel;
import io.aigcnet.semcom.channel.ChannelConfig;
import io.aigcnet.semcom.encode.Encoding;
import io.aigcnet.semcom.quality.JpsqParams;
import io.aigcnet.semcom.quality.QualityOracle;
import io.aigcnet.semcom.quality.SurrogateQualityOracle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.commons.rng.UniformRandomProvider;

/** Shared set-up of the allocation experiments: the encoded image pool, environments, training and evaluation. */
final class AllocationRig {
    final List<UserImage> pool;
    final QualityOracle oracle = new SurrogateQualityOracle();
    final JpsqParams weights;
    final ChannelConfig channel;

    AllocationRig(ExperimentContext ctx, int poolSize, int size, JpsqParams weights, ChannelConfig channel) {
        this.weights = weights;
        this.channel = channel;
        List<Sample> samples = Sample.draw(poolSize, size, false, ctx.rng().stream("captions"), ctx.rng().stream("scenes"),
                ctx.rng().stream("traits"), 0.25);
        List<UserImage> p = new ArrayList<>();
        for (Sample s : samples) p.add(userImage(s.encode(Sample.MIXED), s));
        this.pool = List.copyOf(p);
    }

    static UserImage userImage(Encoding e, Sample s) {
        return new UserImage(e.semanticPx(), StateMap.of(e.sent(Long.MAX_VALUE), e.width(), e.height()), s.traits());
    }

    Supplier<AllocationEnv> envs(AllocationSettings s) {
        return () -> new AllocationEnv(pool, new Channel(channel), weights, oracle, s);
    }

    /** The trained allocators of the paper (ADD T = 5, ADD T = 6, PPO) plus fixed, with their training curves. */
    Map<String, BandwidthAllocator> train(AllocationSettings s, TrainingSettings t, UniformRandomProvider rng,
                                          Map<String, MemoryTrainLog> logs) {
        Map<String, BandwidthAllocator> out = new LinkedHashMap<>();
        for (int steps : new int[] {5, 6}) {
            MemoryTrainLog log = new MemoryTrainLog();
            DiffusionAgent a = Trainers.add(envs(s), steps, t, rng, log);
            out.put("add_t" + steps, BandwidthAllocator.of(a, "ADD (T = " + steps + ")", a));
            logs.put("add_t" + steps, log);
        }
        MemoryTrainLog log = new MemoryTrainLog();
        PpoPolicy p = Trainers.ppo(envs(s), t, rng, log);
        out.put("ppo", BandwidthAllocator.of(p, "PPO", p));
        logs.put("ppo", log);
        out.put("fixed", BandwidthAllocator.fixed(s.users()));
        return out;
    }

    /** Mean reward of an allocator over the given states. */
    static double meanReward(AllocationEnv env, List<AllocationEnv.State> states, BandwidthAllocator a) {
        double r = 0;
        for (AllocationEnv.State st : states) r += env.evaluate(st, a.allocate(st.observation())).reward() / states.size();
        return r;
    }

    static List<AllocationEnv.State> states(AllocationEnv env, int n, UniformRandomProvider rng) {
        List<AllocationEnv.State> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            env.reset(rng);
            out.add(env.state());
        }
        return out;
    }
}
