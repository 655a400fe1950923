package io.aigcnet.semcom.metric;

/** NIMA's answer for one image: the score distribution c_1..c_10 and its mean and spread (G-SemCom eq. (16)). */
public record NimaScore(double[] probabilities, double mean, double sd) {
    public NimaScore {
        probabilities = probabilities.clone();
    }

    /**
     * G-SemCom eq. (16): μ = Σ i·c_i, σ = sqrt(Σ (i − μ)²·c_i) over i = 1..10. The model's outputs are renormalised
     * to sum to 1 (a softmax head already does; a head that outputs logits is refused).
     */
    public static NimaScore of(float[] c) {
        if (c.length != 10) throw new IllegalArgumentException("NIMA needs 10 score probabilities, the model gave " + c.length);
        double sum = 0;
        for (float v : c) {
            if (!(v >= 0)) throw new IllegalArgumentException("NIMA output " + v + " is not a probability (does the model end in a softmax?)");
            sum += v;
        }
        if (sum <= 0) throw new IllegalArgumentException("NIMA outputs sum to 0");
        double[] p = new double[10];
        double mu = 0;
        for (int i = 0; i < 10; i++) {
            p[i] = c[i] / sum;
            mu += (i + 1) * p[i];
        }
        double var = 0;
        for (int i = 0; i < 10; i++) var += (i + 1 - mu) * (i + 1 - mu) * p[i];
        return new NimaScore(p, mu, Math.sqrt(var));
    }
}
