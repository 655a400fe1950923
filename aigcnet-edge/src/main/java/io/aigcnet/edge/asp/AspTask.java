package io.aigcnet.edge.asp;

/** A task of the case study: arrival time in seconds and the diffusion steps it needs. */
public record AspTask(double arrivalS, int t) {
    public AspTask {
        if (!Double.isFinite(arrivalS) || arrivalS < 0) throw new IllegalArgumentException("arrival_s must be finite and >= 0, got " + arrivalS);
        if (t < 1) throw new IllegalArgumentException("t must be >= 1, got " + t);
    }

    public double runtimeS() { return AspModel.runtimeSeconds(t); }
}
