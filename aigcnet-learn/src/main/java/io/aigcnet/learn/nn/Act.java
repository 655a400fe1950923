package io.aigcnet.learn.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Activation;

/** Element-wise activations used between MLP layers. */
public enum Act {
    RELU, TANH,
    /** Mish(x) = x·tanh(softplus(x)), the activation of the GDMOPT/D2SAC denoiser. */
    MISH,
    IDENTITY;

    public NDArray apply(NDArray x) {
        switch (this) {
            case RELU: return Activation.relu(x);
            case TANH: return x.tanh();
            case MISH: return Activation.mish(x);
            default: return x;
        }
    }
}
