package io.aigcnet.mechanism.auction.model;

import java.util.List;

/**
 * How the mechanism sees an AV's rate demand (reconstruction §2). MULTI_TASK gives every task
 * exactly the rate it needs; SINGLE_TASK lumps the tasks into one with the tightest deadline, so
 * it over-provisions: r^ST >= r^MT.
 */
public enum DemandModel {
    /** r^MT = sum_k w_k / tau_k (the multi-task DT scoring rule of MTEPViSA). */
    MULTI_TASK {
        @Override
        public double demand(List<DtTask> tasks) {
            double r = 0;
            for (DtTask t : tasks) r += t.requiredRate();
            return r;
        }
    },
    /** r^ST = (sum_k w_k) / min_k tau_k (PViSA and EPViSA's synchronisation scoring rule). */
    SINGLE_TASK {
        @Override
        public double demand(List<DtTask> tasks) {
            double w = 0;
            double tau = Double.POSITIVE_INFINITY;
            for (DtTask t : tasks) {
                w += t.w();
                tau = Math.min(tau, t.tau());
            }
            return w / tau;
        }
    };

    /** The rate (units) the mechanism must reserve so that every task meets its deadline. */
    public abstract double demand(List<DtTask> tasks);
}
