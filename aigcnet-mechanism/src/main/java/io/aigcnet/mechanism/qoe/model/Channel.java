package io.aigcnet.mechanism.qoe.model;

/**
 * The downlink of one (ASP, MU) pair, reduced to its SNR γ = g p / σ² (seed 003, Sec. III-C).
 * Transmission uses OFDMA, so links do not interfere and the rate is B log2(1+γ).
 *
 * @param snr the linear SNR γ > 0
 */
public record Channel(double snr) {

    public Channel {
        if (!(snr > 0) || !Double.isFinite(snr)) {
            throw new IllegalArgumentException("SNR must be a positive finite number, got " + snr);
        }
    }

    /** From an SNR in dB: γ = 10^(dB/10). */
    public static Channel fromDb(double snrDb) {
        return new Channel(Math.pow(10, snrDb / 10));
    }

    // QoE seed 003, Sec. III-C: γ_nm = g_nm p_n^t / σ_nm²
    public static Channel fromGain(double gain, double transmitPower, double noisePower) {
        if (!(gain > 0 && transmitPower > 0 && noisePower > 0)) {
            throw new IllegalArgumentException("gain, power and noise must be positive, got "
                    + gain + ", " + transmitPower + ", " + noisePower);
        }
        return new Channel(gain * transmitPower / noisePower);
    }

    /** Shannon spectral efficiency log2(1+γ) in bit/s/Hz. */
    public double spectralEfficiency() {
        return Math.log1p(snr) / Math.log(2);
    }
}
