package io.aigcnet.learn.nn;

import ai.djl.ndarray.NDArray;
import java.util.List;

/** Anything that owns trainable tensors; the order of {@link #parameters()} is stable (checkpoints rely on it). */
public interface Module {
    List<NDArray> parameters();
}
