package io.aigcnet.learn.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.function.BinaryOperator;

/**
 * Manager-scope helpers and autograd-safe scalar arithmetic.
 *
 * <p>{@link #own}: DJL attaches an op's result to its first operand's manager; when that operand is a
 * long-lived parameter the result would live as long as the network, i.e. leak. {@code own} moves
 * such a temporary into the current scope so closing the scope frees it.
 *
 * <p>{@link #mul}, {@link #div}, {@link #maximum}, {@link #minimum}: never call DJL 0.32's
 * {@code NDArray.mul(Number)} (or div/maximum/minimum/pow with a Number) on a tensor that is part of
 * a recorded graph. DJL wraps the number in a tensor over a Java direct buffer
 * ({@code torch::from_blob}, memory libtorch does not own) and closes that tensor before returning.
 * Autograd saved it, because these ops read the other operand in their backward pass (∂(x·c)/∂x = c);
 * once the Java side has dropped the buffer, the garbage collector may free and reuse its memory, and
 * backward then reads whatever is there. The result is a wrong gradient that depends on GC timing:
 * runs with the same seed diverge, and under memory pressure the gradient is pure garbage
 * ({@code NdTest} shows the failure and the fix). Here the scalar is made by {@code torch::full}, so
 * libtorch owns its storage and the graph's reference keeps it alive after the Java handle closes.
 * {@code add(Number)} and {@code sub(Number)} are safe: their backward never reads the number.
 */
public final class Nd {
    private Nd() {}

    public static NDArray own(NDManager scope, NDArray temporary) {
        temporary.attach(scope);
        return temporary;
    }

    /** x·c, autograd-safe. */
    public static NDArray mul(NDArray x, double c) { return withScalar(x, c, NDArray::mul); }

    /** x / c, autograd-safe. */
    public static NDArray div(NDArray x, double c) { return withScalar(x, c, NDArray::div); }

    /** max(x, c) element-wise, autograd-safe. */
    public static NDArray maximum(NDArray x, double c) { return withScalar(x, c, NDArray::maximum); }

    /** min(x, c) element-wise, autograd-safe. */
    public static NDArray minimum(NDArray x, double c) { return withScalar(x, c, NDArray::minimum); }

    /** op(x, c) with c as a libtorch-owned 0-d tensor; closing our handle leaves the graph's reference. */
    private static NDArray withScalar(NDArray x, double c, BinaryOperator<NDArray> op) {
        try (NDArray s = x.getManager().full(new Shape(), (float) c)) {
            return op.apply(x, s);
        }
    }
}
