package io.aigcnet.learn.algo.diffusion;

import ai.djl.ndarray.NDArray;
import io.aigcnet.learn.nn.Module;

/**
 * Maps a batch of observations [B, S] to features [B, outputDim()] that condition the denoiser.
 * Pluggable so that an attention encoder (G-SemCom's ADD) can replace the default MLP.
 */
public interface StateEncoder extends Module {
    NDArray encode(NDArray observations);

    int outputDim();
}
