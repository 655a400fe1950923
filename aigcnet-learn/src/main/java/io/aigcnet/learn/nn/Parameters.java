package io.aigcnet.learn.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;

/** Operations on whole parameter lists: copies, Polyak averaging, gradient zeroing, (de)serialisation. */
public final class Parameters {
    private Parameters() {}

    /** Hard copy src → dst (target-network initialisation). */
    public static void copy(Module src, Module dst) {
        List<NDArray> s = src.parameters(), d = dst.parameters();
        checkSameShapes(s, d);
        for (int i = 0; i < s.size(); i++) d.get(i).set(s.get(i).toFloatArray());
    }

    /** Polyak / soft target update θ' ← τ·θ + (1−τ)·θ' (SAC/TD3 target networks). */
    public static void polyak(Module src, Module dst, double tau) {
        if (!(tau > 0 && tau <= 1)) throw new IllegalArgumentException("Polyak tau must be in (0, 1], got " + tau);
        List<NDArray> s = src.parameters(), d = dst.parameters();
        checkSameShapes(s, d);
        for (int i = 0; i < s.size(); i++) {
            try (NDArray scaled = Nd.mul(s.get(i), tau)) {
                d.get(i).muli((float) (1 - tau)).addi(scaled);
            }
        }
    }

    /** Sets accumulated gradients to zero (PyTorch accumulates across backward calls). */
    public static void zeroGrad(List<NDArray> params) {
        for (NDArray p : params) {
            // fill, not g·0: NaN·0 = NaN, so a non-finite gradient would survive a multiplicative reset.
            // The fill value lives in a scope so that no scalar accumulates in the parameter's manager.
            try (NDManager scope = p.getManager().newSubManager(); NDArray g = p.getGradient()) {
                g.set(new NDIndex("..."), scope.create(0f));
            }
        }
    }

    /** Sum of squared gradient entries over all parameters (one device sync per parameter). */
    public static double gradNormSquared(List<NDArray> params) {
        double s = 0;
        for (NDArray p : params) {
            try (NDArray g = p.getGradient(); NDArray sq = g.square(); NDArray sum = sq.sum()) {
                s += sum.getFloat();
            }
        }
        return s;
    }

    /**
     * Clips gradients to a global L2 norm (as torch.nn.utils.clip_grad_norm_): if ‖g‖ > max, each
     * gradient is scaled by max/(‖g‖+1e-6). Returns the norm before clipping.
     */
    public static double clipGradNorm(List<NDArray> params, double maxNorm) {
        double norm = Math.sqrt(gradNormSquared(params));
        if (maxNorm > 0 && norm > maxNorm) {
            float scale = (float) (maxNorm / (norm + 1e-6));
            for (NDArray p : params) {
                try (NDArray g = p.getGradient()) {
                    g.muli(scale);
                }
            }
        }
        return norm;
    }

    public static long count(Module m) {
        long n = 0;
        for (NDArray p : m.parameters()) n += p.size();
        return n;
    }

    public static void write(Module m, DataOutputStream out) throws IOException {
        List<NDArray> ps = m.parameters();
        out.writeInt(ps.size());
        for (NDArray p : ps) {
            long[] shape = p.getShape().getShape();
            out.writeInt(shape.length);
            for (long d : shape) out.writeLong(d);
            for (float f : p.toFloatArray()) out.writeFloat(f);
        }
    }

    public static void read(Module m, DataInputStream in, String source) throws IOException {
        List<NDArray> ps = m.parameters();
        int n = in.readInt();
        if (n != ps.size())
            throw new IOException(source + ": checkpoint has " + n + " tensors, network expects " + ps.size());
        for (int i = 0; i < n; i++) {
            int rank = in.readInt();
            long[] shape = new long[rank];
            for (int k = 0; k < rank; k++) shape[k] = in.readLong();
            Shape expected = ps.get(i).getShape();
            if (!new Shape(shape).equals(expected))
                throw new IOException(source + ": tensor " + i + " has shape " + new Shape(shape) + ", network expects " + expected);
            float[] data = new float[(int) expected.size()];
            for (int k = 0; k < data.length; k++) data[k] = in.readFloat();
            ps.get(i).set(data);
        }
    }

    private static void checkSameShapes(List<NDArray> a, List<NDArray> b) {
        if (a.size() != b.size()) throw new IllegalArgumentException("parameter lists differ in length: " + a.size() + " vs " + b.size());
        for (int i = 0; i < a.size(); i++)
            if (!a.get(i).getShape().equals(b.get(i).getShape()))
                throw new IllegalArgumentException("parameter " + i + " shapes differ: " + a.get(i).getShape() + " vs " + b.get(i).getShape());
    }

    /** The manager owning the first parameter (all parameters of one network share it). */
    public static NDManager owner(Module m) {
        return m.parameters().get(0).getManager();
    }
}
