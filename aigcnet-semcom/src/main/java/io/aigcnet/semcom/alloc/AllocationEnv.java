package io.aigcnet.semcom.alloc;

import io.aigcnet.learn.env.Env;
import io.aigcnet.learn.env.Space;
import io.aigcnet.learn.env.Step;
import io.aigcnet.semcom.channel.Channel;
import io.aigcnet.semcom.quality.JpsqParams;
import io.aigcnet.semcom.quality.Quality;
import io.aigcnet.semcom.quality.QualityOracle;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * G-SemCom's allocation MDP (Sec. V-C) as a one-step (contextual bandit) environment: a state is N users
 * drawn from a pool of encoded images with fresh channel draws; the observation is their 16×16 maps; the
 * action a ∈ [0, 1]^N sets b_i = a_i·ub_i with ub_i = min(L_i·c_i, O·|S_i|), so constraint (19a) always
 * holds; the reward is eq. (19): Σ_i ω1·𝒥_i·H(Q_i ≥ Q_th) − ω2·b_i.
 */
public final class AllocationEnv implements Env {
    private final List<UserImage> pool;
    private final Channel channel;
    private final JpsqParams weights;
    private final QualityOracle oracle;
    private final AllocationSettings settings;
    private final Space.Box obsSpace;
    private final Space.Box actSpace;
    private UniformRandomProvider rng;
    private State state;

    /** One drawn state: the users' images, their caps ub_i in pixels, and the observation. */
    public record State(List<UserImage> users, long[] capPx, double[] observation) {}

    /** What an allocation achieved. */
    public record Outcome(double[] pixels, double[] utility, Quality[] quality, double reward) {}

    public AllocationEnv(List<UserImage> pool, Channel channel, JpsqParams weights, QualityOracle oracle, AllocationSettings settings) {
        if (pool.isEmpty()) throw new IllegalArgumentException("the image pool is empty");
        settings.validate();
        weights.validate();
        this.pool = List.copyOf(pool);
        this.channel = channel;
        this.weights = weights;
        this.oracle = oracle;
        this.settings = settings;
        int n = settings.users();
        int dim = n * StateMap.SIDE * StateMap.SIDE + (settings.channelFeatures() ? 2 * n : 0);
        this.obsSpace = Space.Box.of(dim, 0, 1);
        this.actSpace = Space.Box.of(n, 0, 1);
    }

    @Override public Space observationSpace() { return obsSpace; }

    @Override public Space actionSpace() { return actSpace; }

    public AllocationSettings settings() { return settings; }

    public State state() { return state; }

    @Override
    public double[] reset(UniformRandomProvider r) {
        this.rng = r;
        int n = settings.users();
        UserImage[] users = new UserImage[n];
        long[] cap = new long[n];
        for (int i = 0; i < n; i++) {
            users[i] = pool.get(r.nextInt(pool.size()));
            cap[i] = Math.min(channel.draw(r).latencyCapPx(), users[i].semanticPx());
        }
        state = of(List.of(users), cap);
        return state.observation().clone();
    }

    /** A state built from given users and caps (the fixed states of Fig. 14). */
    public State of(List<UserImage> users, long[] capPx) {
        int n = settings.users();
        if (users.size() != n || capPx.length != n) throw new IllegalArgumentException("need " + n + " users");
        int cells = StateMap.SIDE * StateMap.SIDE;
        double[] obs = new double[obsSpace.dimension()];
        for (int i = 0; i < n; i++) {
            System.arraycopy(users.get(i).stateMap(), 0, obs, i * cells, cells);
            if (settings.channelFeatures()) {
                obs[n * cells + 2 * i] = capPx[i] / 262_144.0;
                obs[n * cells + 2 * i + 1] = users.get(i).semanticPx() / 262_144.0;
            }
        }
        return new State(List.copyOf(users), capPx.clone(), obs);
    }

    /** Resets to a given state (evaluation on fixed states). */
    public double[] reset(State s) {
        this.state = s;
        return s.observation().clone();
    }

    @Override
    public Step step(double[] action) {
        Outcome o = evaluate(state, action);
        if (settings.paperLiteralBootstrap()) return new Step(state.observation().clone(), o.reward(), false, true);
        return new Step(state.observation().clone(), o.reward(), true, false);
    }

    /** G-SemCom eq. (19) for an action a ∈ [0, 1]^N (clipped) in a state. */
    public Outcome evaluate(State s, double[] action) {
        int n = settings.users();
        double[] b = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            double a = Double.isFinite(action[i]) ? Math.max(0, Math.min(1, action[i])) : 0;
            b[i] = Math.floor(a * s.capPx()[i]); // whole pixels, O = 1
            total += b[i];
        }
        if (settings.totalCapacityPx() > 0 && total > settings.totalCapacityPx()) {
            double scale = settings.totalCapacityPx() / total;
            for (int i = 0; i < n; i++) b[i] = Math.floor(b[i] * scale);
        }
        double[] u = new double[n];
        Quality[] q = new Quality[n];
        double reward = 0;
        for (int i = 0; i < n; i++) {
            UserImage img = s.users().get(i);
            double f = img.semanticPx() == 0 ? 0 : b[i] / img.semanticPx();
            q[i] = oracle.recovered(f, 0, img.traits());
            u[i] = weights.utility(q[i], b[i]); // G-SemCom eq. (19), one user's term
            reward += u[i];
        }
        return new Outcome(b, u, q, reward);
    }
}
