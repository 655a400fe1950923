package io.aigcnet.learn.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;

/**
 * Records the autograd graph of one update and runs its backward pass: what DJL's
 * {@code PtGradientCollector} does, without its JVM-wide "only one collector at a time" flag.
 *
 * <p>Why: libtorch's grad mode is per thread and two threads may run backward on disjoint graphs,
 * but DJL 0.32 keeps one static flag for the whole JVM, so two agents could not train side by side
 * in one process (gsemcom-users trains its N values on several workers). The calls are the same as
 * DJL's (grad mode on, backward with a ones seed of the loss's shape, no retained graph), so a
 * single-threaded run computes exactly what it computed before ({@code GradTapeTest}).
 */
public final class GradTape implements AutoCloseable {
    private GradTape() {
        JniUtils.setGradMode(true);
    }

    /**
     * Grad mode off on the calling thread, the state DJL's code assumes outside a collector (in-place parameter
     * updates on leaves are refused while it is on). libtorch keeps the mode per thread and starts every new
     * thread with it on; DJL turns it off only on the thread that loads the engine. So a worker thread that
     * trains calls this first.
     */
    public static void gradOffOnThisThread() {
        Torch.engine();
        JniUtils.setGradMode(false);
    }

    /** Turns grad mode on for the calling thread until {@link #close()}. */
    public static GradTape open() {
        Torch.engine();
        return new GradTape();
    }

    /** d loss / d parameter accumulated into every parameter's gradient; the graph is freed. */
    public void backward(NDArray loss) {
        NDArray seed = loss.getManager().ones(loss.getShape(), loss.getDataType()).toDevice(loss.getDevice(), false);
        JniUtils.backward((PtNDArray) loss, (PtNDArray) seed, false, false);
    }

    /** Grad mode off again on the calling thread (tapes do not nest, as DJL's collectors do not). */
    @Override
    public void close() {
        JniUtils.setGradMode(false);
    }
}
