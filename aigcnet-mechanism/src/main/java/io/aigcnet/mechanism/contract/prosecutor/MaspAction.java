package io.aigcnet.mechanism.contract.prosecutor;

/**
 * The MASP's hidden action (ProSecutor Sec. VI-B).
 *
 * @param compute    c̄, compute invested per second (TFLOP/s)
 * @param channelFee F_e, the fee of the channel-establishment transaction (in the fitted χ² fee unit)
 */
public record MaspAction(double compute, double channelFee) {
    public double[] toVector() {
        return new double[] {compute, channelFee};
    }
}
