package io.aigcnet.learn.algo.critic;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import io.aigcnet.learn.nn.Act;
import io.aigcnet.learn.nn.Mlp;
import io.aigcnet.learn.nn.Module;
import io.aigcnet.learn.nn.Nd;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Clipped double-Q critics (Fujimoto et al. 2018): two independent MLPs Q_i(s, a) → ℝ, or, with
 * {@code actionInput = false}, Q_i(s) → ℝ^{|A|} for discrete actions.
 */
public final class TwinCritic implements Module {
    private final Mlp q1;
    private final Mlp q2;
    private final boolean actionInput;

    public TwinCritic(NDManager owner, int obsDim, int actDim, boolean actionInput, int[] hidden, Act act, UniformRandomProvider rng) {
        int in = actionInput ? obsDim + actDim : obsDim;
        int out = actionInput ? 1 : actDim;
        this.actionInput = actionInput;
        this.q1 = Mlp.builder().setInput(in).setOutput(out).optHidden(hidden).optActivation(act).build(owner, rng);
        this.q2 = Mlp.builder().setInput(in).setOutput(out).optHidden(hidden).optActivation(act).build(owner, rng);
    }

    /** {Q1, Q2}: shape [B] with an action input, [B, |A|] without. */
    public NDArray[] both(NDArray obs, NDArray action) {
        NDArray x = actionInput ? NDArrays.concat(new NDList(obs, action), 1) : obs;
        NDArray a = q1.forward(x), b = q2.forward(x);
        return actionInput ? new NDArray[]{a.reshape(-1), b.reshape(-1)} : new NDArray[]{a, b};
    }

    /**
     * The bootstrapped target y = r + γ(1 − d)·V'(s'), shared by every agent: V' is min_i Q'_i(s', a')
     * (TD3; gsemcom eq. (23)), or that minus α log π for SAC's soft value. Computed outside gradient
     * recording.
     */
    public static NDArray tdTarget(NDArray reward, NDArray terminated, NDArray nextValue, double gamma) {
        return reward.add(Nd.mul(terminated.neg().add(1f).mul(nextValue), gamma));
    }

    /** min(Q1, Q2), the pessimistic estimate used in targets and actor losses. */
    public NDArray min(NDArray obs, NDArray action) {
        NDArray[] q = both(obs, action);
        return q[0].minimum(q[1]);
    }

    @Override public List<NDArray> parameters() {
        List<NDArray> ps = new ArrayList<>(q1.parameters());
        ps.addAll(q2.parameters());
        return ps;
    }
}
