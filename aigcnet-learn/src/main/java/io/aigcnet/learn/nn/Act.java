package io.aigcnet.learn.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Activation;

/** Element-wise activations used between MLP layers. */
public enum Act {
    RELU, TANH,
    /**
     * Mish(x) = x·tanh(ln(1 + eˣ)) (Misra 2019), the activation of the GDMOPT/D2SAC denoiser. Not
     * DJL's {@code Activation.mish}: in DJL 0.32 that computes x·tanh(log2(eˣ + 1)) — base 2, not e —
     * through a raw exp that overflows for x &gt; 88 and then back-propagates NaN. Here softplus is
     * PyTorch's native, overflow-safe one.
     */
    MISH,
    IDENTITY;

    public NDArray apply(NDArray x) {
        switch (this) {
            case RELU: return Activation.relu(x);
            case TANH: return x.tanh();
            case MISH: return mish(x);
            default: return x;
        }
    }

    /** x·tanh(softplus(x)), softplus(x) = max(x, 0) + ln(1 + e^{−|x|}) (no overflow for any x). */
    public static NDArray mish(NDArray x) {
        NDArray softplus = Activation.relu(x).add(x.abs().neg().exp().add(1f).log());
        return x.mul(softplus.tanh());
    }
}
