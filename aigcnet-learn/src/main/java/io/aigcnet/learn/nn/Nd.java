package io.aigcnet.learn.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;

/**
 * Manager-scope helpers. DJL attaches an op's result to its first operand's manager; when that
 * operand is a long-lived parameter the result would live as long as the network, i.e. leak.
 * {@link #own} moves such a temporary into the current scope so closing the scope frees it.
 */
public final class Nd {
    private Nd() {}

    public static NDArray own(NDManager scope, NDArray temporary) {
        temporary.attach(scope);
        return temporary;
    }
}
