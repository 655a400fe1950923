package io.aigcnet.semcom.pixel;

import io.aigcnet.semcom.prompt.ParsedPrompt;
import java.util.BitSet;

/**
 * A classical inpainting decoder (no learned prior, so it cannot invent content the way diffusion
 * inpainting does): step 1 is a push-pull fill (Gortler et al. 1996: a pyramid of known-pixel averages,
 * read back coarse to fine); each further step runs {@code sweepsPerStep} Jacobi sweeps of the Laplace
 * equation on the unknown pixels (harmonic inpainting), smoothing the blocky fill toward the known
 * borders. With no known pixel at all the result is mid-grey. The prompt is not used.
 */
public final class HarmonicInpainting implements Decoder {
    private final int sweepsPerStep;

    public HarmonicInpainting(int sweepsPerStep) {
        if (sweepsPerStep < 1) throw new IllegalArgumentException("sweepsPerStep must be >= 1");
        this.sweepsPerStep = sweepsPerStep;
    }

    @Override
    public String name() {
        return "classical harmonic inpainting (push-pull fill + " + sweepsPerStep + " Jacobi sweeps per extra step)";
    }

    @Override
    public RgbImage decode(RgbImage masked, BitSet known, ParsedPrompt prompt, int steps) {
        RgbImage[] last = new RgbImage[1];
        decodeEachStep(masked, known, steps, (k, img) -> last[0] = k == steps ? img : last[0]);
        return last[0];
    }

    /**
     * Runs {@code steps} steps once and hands the image after every step k = 1..steps to {@code sink}
     * (received pixels pasted back), so a sweep over step counts costs one decode.
     */
    public void decodeEachStep(RgbImage masked, BitSet known, int steps, java.util.function.BiConsumer<Integer, RgbImage> sink) {
        if (steps < 1) throw new IllegalArgumentException("decoder steps must be >= 1, got " + steps);
        int w = masked.width(), h = masked.height();
        boolean[] k = new boolean[w * h];
        for (int i = known.nextSetBit(0); i >= 0; i = known.nextSetBit(i + 1)) k[i] = true;
        float[][] cur = new float[3][];
        float[][] tmp = new float[3][];
        for (int ch = 0; ch < 3; ch++) {
            cur[ch] = masked.rgb()[ch].clone();
            pushPull(cur[ch], known, w, h);
            tmp[ch] = cur[ch].clone();
        }
        for (int s = 1; s <= steps; s++) {
            if (s > 1) {
                for (int ch = 0; ch < 3; ch++) {
                    for (int it = 0; it < sweepsPerStep; it++) {
                        jacobi(cur[ch], tmp[ch], k, w, h);
                        float[] t = cur[ch];
                        cur[ch] = tmp[ch];
                        tmp[ch] = t;
                    }
                }
            }
            RgbImage out = new RgbImage(w, h, new float[][] {cur[0].clone(), cur[1].clone(), cur[2].clone()});
            for (int i = known.nextSetBit(0); i >= 0; i = known.nextSetBit(i + 1))
                for (int ch = 0; ch < 3; ch++) out.rgb()[ch][i] = masked.rgb()[ch][i];
            sink.accept(s, out);
        }
    }

    private static void jacobi(float[] src, float[] dst, boolean[] known, int w, int h) {
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                if (known[i]) {
                    dst[i] = src[i];
                    continue;
                }
                float s = 0;
                int n = 0;
                if (x > 0) { s += src[i - 1]; n++; }
                if (x < w - 1) { s += src[i + 1]; n++; }
                if (y > 0) { s += src[i - w]; n++; }
                if (y < h - 1) { s += src[i + w]; n++; }
                dst[i] = s / n;
            }
        }
    }

    /** Fills unknown pixels of one channel in place from a pyramid of weighted known-pixel averages. */
    static void pushPull(float[] v, BitSet known, int w, int h) {
        java.util.List<float[]> vals = new java.util.ArrayList<>();
        java.util.List<float[]> wts = new java.util.ArrayList<>();
        java.util.List<int[]> dims = new java.util.ArrayList<>();
        float[] val = new float[w * h], wt = new float[w * h];
        for (int i = 0; i < w * h; i++) if (known.get(i)) {
            val[i] = v[i];
            wt[i] = 1;
        }
        vals.add(val);
        wts.add(wt);
        dims.add(new int[] {w, h});
        int cw = w, chh = h;
        while (cw > 1 || chh > 1) {
            int nw = (cw + 1) / 2, nh = (chh + 1) / 2;
            float[] nv = new float[nw * nh], nwt = new float[nw * nh];
            float[] pv = vals.get(vals.size() - 1), pw = wts.get(wts.size() - 1);
            for (int y = 0; y < chh; y++) for (int x = 0; x < cw; x++) {
                int j = (y / 2) * nw + x / 2, i = y * cw + x;
                nv[j] += pv[i] * pw[i];
                nwt[j] += pw[i];
            }
            for (int j = 0; j < nv.length; j++) if (nwt[j] > 0) {
                nv[j] /= nwt[j];
                nwt[j] = Math.min(1, nwt[j]);
            }
            vals.add(nv);
            wts.add(nwt);
            dims.add(new int[] {nw, nh});
            cw = nw;
            chh = nh;
        }
        float[] top = vals.get(vals.size() - 1);
        if (wts.get(wts.size() - 1)[0] == 0) top[0] = 0.5f;
        for (int l = vals.size() - 2; l >= 0; l--) {
            float[] cv = vals.get(l), cwt = wts.get(l), up = vals.get(l + 1);
            int lw = dims.get(l)[0], lh = dims.get(l)[1], uw = dims.get(l + 1)[0];
            for (int y = 0; y < lh; y++) for (int x = 0; x < lw; x++) {
                int i = y * lw + x;
                float u = up[(y / 2) * uw + x / 2];
                cv[i] = cwt[i] * cv[i] + (1 - cwt[i]) * u;
            }
        }
        float[] full = vals.get(0);
        for (int i = 0; i < w * h; i++) if (!known.get(i)) v[i] = full[i];
    }
}
