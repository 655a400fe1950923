package io.aigcnet.semcom.alloc;

import io.aigcnet.semcom.quality.JpsqParams;
import io.aigcnet.semcom.quality.QualityOracle;

/**
 * The exact optimum of G-SemCom eq. (19) in one state when the MASP has no shared capacity: the problem
 * then splits into one search per user over b_i ∈ {0, …, ub_i} whole pixels. It knows each image's
 * quality traits, which the policies never see (their state is the 16×16 maps only), so its reward is an
 * upper bound on every allocator's, not an attainable target. Its use: how much room eq. (19) leaves
 * above a baseline (the paper's fixed allocation sends b_i = ub_i, so no allocator can beat it by more
 * than the optimum's margin over it).
 */
public final class OptimalAllocation {
    /** Coarse grid points per user; the best one is then refined pixel by pixel within its two neighbouring cells. */
    static final int GRID = 4096;

    private final JpsqParams weights;
    private final QualityOracle oracle;

    public OptimalAllocation(JpsqParams weights, QualityOracle oracle) {
        this.weights = weights;
        this.oracle = oracle;
    }

    /** One user's term of eq. (19) at b whole pixels (the environment's own formula: f = b/|S|, no noise pixels). */
    public double userUtility(UserImage img, long b) {
        double f = img.semanticPx() == 0 ? 0 : (double) b / img.semanticPx();
        return weights.utility(oracle.recovered(f, 0, img.traits()), b);
    }

    /** The best whole-pixel budget for one user with cap {@code cap}. */
    public long bestPixels(UserImage img, long cap) {
        if (cap <= 0) return 0;
        long step = Math.max(1, cap / GRID);
        long best = 0;
        double bestU = userUtility(img, 0);
        for (long b = step; b <= cap; b += step) {
            double u = userUtility(img, b);
            if (u > bestU) {
                bestU = u;
                best = b;
            }
        }
        double uCap = userUtility(img, cap);
        if (uCap > bestU) {
            bestU = uCap;
            best = cap;
        }
        long lo = Math.max(0, best - step), hi = Math.min(cap, best + step);
        for (long b = lo; b <= hi; b++) {
            double u = userUtility(img, b);
            if (u > bestU) {
                bestU = u;
                best = b;
            }
        }
        return best;
    }

    /** What the optimum achieves over a set of states: its mean reward, and its mean budget as a share of each user's cap. */
    public record Summary(double meanReward, double meanShareOfCap) {}

    /**
     * The optimal action a ∈ [0, 1]^N for a state (b_i = ⌊a_i·ub_i⌋ must give back the chosen pixels, so a_i is
     * nudged up by half a pixel). Only for environments without a shared MASP capacity.
     */
    public double[] action(AllocationEnv env, AllocationEnv.State s) {
        return action(env, s, new long[s.users().size()]);
    }

    private double[] action(AllocationEnv env, AllocationEnv.State s, long[] pixelsOut) {
        if (env.settings().totalCapacityPx() > 0) {
            throw new IllegalArgumentException("the per-user optimum needs an environment without a shared capacity");
        }
        int n = s.users().size();
        double[] a = new double[n];
        for (int i = 0; i < n; i++) {
            long cap = s.capPx()[i];
            pixelsOut[i] = bestPixels(s.users().get(i), cap);
            a[i] = cap == 0 ? 0 : Math.min(1.0, (pixelsOut[i] + 0.5) / cap);
        }
        return a;
    }

    /** The optimum over states, each user's search done once (users with a zero cap are left out of the share). */
    public Summary evaluate(AllocationEnv env, java.util.List<AllocationEnv.State> states) {
        double reward = 0, share = 0;
        long users = 0;
        for (AllocationEnv.State st : states) {
            long[] px = new long[st.users().size()];
            reward += env.evaluate(st, action(env, st, px)).reward() / states.size();
            for (int i = 0; i < px.length; i++) {
                if (st.capPx()[i] == 0) continue;
                share += (double) px[i] / st.capPx()[i];
                users++;
            }
        }
        return new Summary(reward, users == 0 ? 0 : share / users);
    }
}
