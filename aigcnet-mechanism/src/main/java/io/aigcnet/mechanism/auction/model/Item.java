package io.aigcnet.mechanism.auction.model;

/**
 * One offline item: the synchronised twin data of a served AV. {@code xi} is its common quality
 * (seen by the traffic simulators, not by the driving simulator); {@code mu[m]} is traffic
 * simulator m's match value, so m values the item at xi * mu[m] (reconstruction §2).
 */
public record Item(double xi, double[] mu) {
    public Item {
        if (!(xi >= 0) || !Double.isFinite(xi)) throw new IllegalArgumentException("xi must be a finite number >= 0, got " + xi);
        mu = mu.clone();
        for (int m = 0; m < mu.length; m++) {
            if (!(mu[m] >= 0) || !Double.isFinite(mu[m]))
                throw new IllegalArgumentException("mu[" + m + "] must be a finite number >= 0, got " + mu[m]);
        }
    }

    public int nTraffic() {
        return mu.length;
    }

    /** u_mj = xi_j * mu_mj. */
    public double trafficValue(int m) {
        return xi * mu[m];
    }

    /** u_0j = xi_j * mu_0. */
    public double drivingValue(double mu0) {
        return xi * mu0;
    }

    /** The truthful traffic bids: every simulator bids its value. */
    public double[] truthfulBids() {
        double[] b = new double[mu.length];
        for (int m = 0; m < b.length; m++) b[m] = trafficValue(m);
        return b;
    }

    @Override
    public double[] mu() {
        return mu.clone();
    }
}
