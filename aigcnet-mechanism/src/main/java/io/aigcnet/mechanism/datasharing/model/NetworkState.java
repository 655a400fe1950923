package io.aigcnet.mechanism.datasharing.model;

import java.util.Arrays;

/**
 * One round's network state, eq. (11): s = {M, K, A_max, D_max, Q_1..Q_K, phi_1..phi_K}.
 * The flat vector layout {@code [M, K, A_max, D_max, Q_1..Q_K, phi_1..phi_K]} is the one the paper
 * prints for its Fig. 2(b) states. Types need not be given in increasing phi; solvers order them.
 *
 * @param devices number of mobile devices M (&ge; 1)
 * @param aMax    maximum tolerated average AoI, seconds (&gt; 0)
 * @param dMax    maximum tolerated average service latency, seconds (&gt; 0)
 * @param q       type probabilities Q_k (&ge; 0, summing to 1)
 * @param phi     types phi_k = 1 / xi_k (&gt; 0), the inverse of the per-update cost
 */
public record NetworkState(int devices, double aMax, double dMax, double[] q, double[] phi) {

    /** Tolerance on |sum Q - 1|: generous enough for decimals typed by hand (0.33, 0.33, 0.34). */
    public static final double Q_SUM_TOLERANCE = 1e-6;

    public NetworkState {
        if (q == null || phi == null) throw new IllegalArgumentException("Q and phi are required");
        if (devices < 1) throw new IllegalArgumentException("M (number of devices) must be >= 1, got " + devices);
        if (q.length == 0) throw new IllegalArgumentException("K (number of types) must be >= 1");
        if (q.length != phi.length)
            throw new IllegalArgumentException("Q has " + q.length + " entries but phi has " + phi.length + "; both need K");
        if (!(aMax > 0) || Double.isInfinite(aMax))
            throw new IllegalArgumentException("A_max must be a finite number of seconds > 0, got " + aMax);
        if (!(dMax > 0) || Double.isInfinite(dMax))
            throw new IllegalArgumentException("D_max must be a finite number of seconds > 0, got " + dMax);
        double sum = 0;
        for (int k = 0; k < q.length; k++) {
            if (!(q[k] >= 0) || q[k] > 1)
                throw new IllegalArgumentException("Q_" + (k + 1) + " must be a probability in [0, 1], got " + q[k]);
            sum += q[k];
        }
        if (Math.abs(sum - 1.0) > Q_SUM_TOLERANCE)
            throw new IllegalArgumentException("Q_1..Q_K must sum to 1 (within " + Q_SUM_TOLERANCE + "), got " + sum);
        for (int k = 0; k < phi.length; k++)
            if (!(phi[k] > 0) || Double.isInfinite(phi[k]))
                throw new IllegalArgumentException("phi_" + (k + 1) + " must be a finite number > 0, got " + phi[k]);
        q = q.clone();
        phi = phi.clone();
    }

    /** K, the number of types. */
    public int types() {
        return q.length;
    }

    @Override public double[] q() { return q.clone(); }

    @Override public double[] phi() { return phi.clone(); }

    public double q(int k) { return q[k]; }

    public double phi(int k) { return phi[k]; }

    /** The QoD model of this round for the given market parameters. */
    public QualityOfData quality(MarketParams market) {
        return new QualityOfData(market, aMax, dMax);
    }

    /** Length of the flat vector for K types: 4 + 2K. */
    public static int vectorLength(int types) {
        return 4 + 2 * types;
    }

    /** The flat vector [M, K, A_max, D_max, Q_1..Q_K, phi_1..phi_K]. */
    public double[] toVector() {
        int k = types();
        double[] v = new double[vectorLength(k)];
        v[0] = devices;
        v[1] = k;
        v[2] = aMax;
        v[3] = dMax;
        System.arraycopy(q, 0, v, 4, k);
        System.arraycopy(phi, 0, v, 4 + k, k);
        return v;
    }

    /** Reads the flat vector layout, checking that its length matches its own K entry. */
    public static NetworkState fromVector(double[] v) {
        if (v == null || v.length < 6 || v.length % 2 != 0)
            throw new IllegalArgumentException("state must be [M, K, A_max, D_max, Q_1..Q_K, phi_1..phi_K] with length 4 + 2K"
                    + " (6, 8, 10, ...), got " + (v == null ? "nothing" : v.length + " values"));
        int k = (v.length - 4) / 2;
        if (v[1] != k)
            throw new IllegalArgumentException("state has " + v.length + " values, so K must be " + k + ", but its K entry is " + v[1]);
        if (v[0] != Math.rint(v[0]) || v[0] < 1 || v[0] > Integer.MAX_VALUE)
            throw new IllegalArgumentException("M (number of devices) must be a whole number >= 1, got " + v[0]);
        return new NetworkState((int) v[0], v[2], v[3], Arrays.copyOfRange(v, 4, 4 + k), Arrays.copyOfRange(v, 4 + k, 4 + 2 * k));
    }

    /** Parses a comma-separated flat vector such as {@code "40,2,0.95,0.73,0.84,0.16,2,12"}. */
    public static NetworkState parse(String csv) {
        if (csv == null || csv.isBlank()) throw new IllegalArgumentException("state is empty");
        String[] parts = csv.split(",", -1);
        double[] v = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                v[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("state value " + (i + 1) + " ('" + parts[i].trim() + "') is not a number", e);
            }
        }
        return fromVector(v);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NetworkState s && s.devices == devices && Double.compare(s.aMax, aMax) == 0
                && Double.compare(s.dMax, dMax) == 0 && Arrays.equals(s.q, q) && Arrays.equals(s.phi, phi);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(q) + Arrays.hashCode(phi) + Double.hashCode(aMax) + 7 * Double.hashCode(dMax) + devices;
    }

    @Override
    public String toString() {
        return Arrays.toString(toVector());
    }
}
