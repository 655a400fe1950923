package io.aigcnet.mechanism.datasharing.model;

/** The utilities of a mobile device and of the base station under a contract menu. */
public final class Utilities {

    private Utilities() {}

    // Data-sharing paper eq. (5): U_m = r_m - xi_m * f_m, with xi the cost of one update
    public static double deviceUtilityFromCost(double reward, double frequency, double updateCost) {
        return reward - updateCost * frequency;
    }

    // Data-sharing paper eq. (6): u_k(f, r) = r - f / phi_k (phi_k = 1 / xi_k)
    public static double deviceUtility(double reward, double frequency, double phi) {
        return reward - frequency / phi;
    }

    /** Eq. (6) for every type taking its own item: u_k(f_k, r_k). */
    public static double[] deviceUtilities(Contract contract, NetworkState state) {
        requireSameK(contract, state);
        double[] u = new double[contract.types()];
        for (int k = 0; k < u.length; k++) u[k] = deviceUtility(contract.r(k), contract.f(k), state.phi(k));
        return u;
    }

    /** Average device utility sum_k Q_k u_k (the "average utility of mobile devices" of Fig. 3). */
    public static double averageDeviceUtility(Contract contract, NetworkState state) {
        double[] u = deviceUtilities(contract, state);
        double avg = 0;
        for (int k = 0; k < u.length; k++) avg += state.q(k) * u[k];
        return avg;
    }

    // Data-sharing paper eq. (7): U_B = M * sum_k Q_k (beta * QoD_k - r_k); -Infinity if some QoD_k is undefined
    public static double bsUtility(Contract contract, NetworkState state, MarketParams market) {
        requireSameK(contract, state);
        QualityOfData quality = state.quality(market);
        double sum = 0;
        for (int k = 0; k < contract.types(); k++) {
            double f = contract.f(k);
            double qod = (f > 0 && f <= 1) ? quality.qodOfFrequency(f) : Double.NEGATIVE_INFINITY;
            if (qod == Double.NEGATIVE_INFINITY && state.q(k) > 0) return Double.NEGATIVE_INFINITY;
            if (state.q(k) > 0) sum += state.q(k) * (market.beta() * qod - contract.r(k));
        }
        return state.devices() * sum;
    }

    private static void requireSameK(Contract contract, NetworkState state) {
        if (contract.types() != state.types())
            throw new IllegalArgumentException("contract has " + contract.types() + " items but the state has K=" + state.types());
    }
}
