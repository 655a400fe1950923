package io.aigcnet.mechanism.qoe.model;

/**
 * What MU m asks of ASP n (seed 003 Sec. III): accuracy θ̂, input and output tokens, and the
 * downlink channel of the pair.
 */
public record Demand(double thetaHat, int xIn, int xOut, Channel channel) {

    public Demand {
        if (!(thetaHat > 0 && thetaHat < 1)) {
            throw new IllegalArgumentException("theta must lie in (0, 1), got " + thetaHat);
        }
        if (xIn < 0 || xOut < 1) {
            throw new IllegalArgumentException("need x_in >= 0 and x_out >= 1, got " + xIn + ", " + xOut);
        }
        if (channel == null) {
            throw new IllegalArgumentException("channel is required");
        }
    }

    /** The workload-form pair for a provider with coefficient ξ. */
    public PairLoad toLoad(double xi) {
        return new PairLoad(Qoe.computeWorkload(xi, thetaHat, xIn, xOut),
                Qoe.transmitWorkload(xIn, xOut, channel), xIn, xOut);
    }

    public Demand withThetaHat(double t) {
        return new Demand(t, xIn, xOut, channel);
    }

    public Demand withXOut(int x) {
        return new Demand(thetaHat, xIn, x, channel);
    }
}
