package io.aigcnet.mechanism.contract.survey;

import org.apache.commons.numbers.gamma.Erfc;
import org.apache.commons.numbers.gamma.LogGamma;
import org.apache.commons.statistics.distribution.GammaDistribution;

/**
 * The full-duplex D2D link from the SIP (transmit power P_k) to the SIR and the QoS Q_s of the shared semantic
 * information (survey Sec. V-C after Du et al. JSAC 2023). Readings (docs/decisions.md):
 * <ul>
 *   <li>P_k is the useful signal at the SIR, and the SIR's own full-duplex transmission P_j is its
 *       self-interference, so more power raises Q_s (the restated index has it the other way);</li>
 *   <li>α-μ fading power |h|² = X^(2/α), X ~ Gamma(μ, 1), normalised to unit mean; rate and BEP are fading
 *       averages over equal-probability quantile nodes; interference paths have unit mean gain;</li>
 *   <li>R = E[log2(1 + γ)], E = E[½·erfc(√(η·γ))] (η = 1 is coherent BPSK);</li>
 *   <li>T(R) = min(1, R/R_ref) and T(1 − E) = 1 − 2E (success probability mapped from [½, 1] to [0, 1]).</li>
 * </ul>
 */
public final class SharingLink {
    private final SharingState state;
    private final SurveyParams params;
    private final double[] fadingPower;
    private final double gainOverInterference;

    public SharingLink(SharingState state, SurveyParams params) {
        this.state = state;
        this.params = params;
        this.fadingPower = fadingNodes(state.fadingAlpha(), state.fadingMu(), params.fadingNodes());
        double interference = state.interferencePower() * state.interferencePaths()
                + state.residualFactor() * state.receiverPower() * state.selfInterference() + state.noisePower();
        this.gainOverInterference = Math.pow(state.distance(), -state.pathLossExponent()) / interference;
    }

    /** Equal-probability nodes of |h|² = X^(2/α), X ~ Gamma(μ, 1), scaled to mean 1 over the nodes. */
    static double[] fadingNodes(double alpha, double mu, int n) {
        GammaDistribution g = GammaDistribution.of(mu, 1.0);
        double[] x = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            x[i] = Math.pow(g.inverseCumulativeProbability((i + 0.5) / n), 2 / alpha);
            sum += x[i];
        }
        for (int i = 0; i < n; i++) x[i] *= n / sum;
        return x;
    }

    /** E[X^(2/α)] = Γ(μ + 2/α)/Γ(μ) for X ~ Gamma(μ, 1): the mean the unnormalised nodes approximate. */
    static double fadingMeanPower(double alpha, double mu) {
        return Math.exp(LogGamma.value(mu + 2 / alpha) - LogGamma.value(mu));
    }

    // JSAC SINR, SIP-to-SIR reading: γ̄ = P_k·D^(−β) / (P_I·N + v·P_j·σ_S² + σ_N²), times the fading power |h|²
    public double meanSinr(double power) {
        return power * gainOverInterference;
    }

    /** R_k = E[log2(1 + γ̄·|h|²)] (bit/s/Hz). */
    public double rate(double power) {
        double g = meanSinr(power), s = 0;
        for (double h : fadingPower) s += Math.log1p(g * h);
        return s / fadingPower.length / Math.log(2);
    }

    /** E_k = E[½·erfc(√(η·γ̄·|h|²))]. */
    public double bitErrorProbability(double power) {
        double g = meanSinr(power) * state.modulation(), s = 0;
        for (double h : fadingPower) s += 0.5 * Erfc.value(Math.sqrt(g * h));
        return s / fadingPower.length;
    }

    // survey Sec. V-C (JSAC): Q_s(P_k) = M_k·T(R_k)·T(1 − E_k)
    public double qos(double power) {
        double rateTerm = Math.min(1, rate(power) / params.rateReference());
        double accuracyTerm = 1 - 2 * bitErrorProbability(power);
        return params.semanticEffect() * rateTerm * accuracyTerm;
    }

    public SharingState state() { return state; }

    public SurveyParams params() { return params; }
}
