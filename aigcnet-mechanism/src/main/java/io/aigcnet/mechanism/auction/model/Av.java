package io.aigcnet.mechanism.auction.model;

import java.util.List;

/**
 * An autonomous vehicle with its digital-twin tasks. Its private value is all-or-nothing: V =
 * sum_k v_k if every task meets its deadline, else 0 (reconstruction §2).
 */
public record Av(int index, List<DtTask> tasks) {
    public Av {
        if (tasks == null || tasks.isEmpty()) throw new IllegalArgumentException("an AV needs at least one task");
        tasks = List.copyOf(tasks);
    }

    /** V_i: the value of a fully fresh twin. */
    public double value() {
        double v = 0;
        for (DtTask t : tasks) v += t.v();
        return v;
    }

    /** The value earned when task k runs at {@code rates[k]}: all-or-nothing on AoI_k <= tau_k. */
    public double valueAt(double[] rates) {
        for (int k = 0; k < tasks.size(); k++) {
            DtTask t = tasks.get(k);
            if (!(t.aoi(rates[k]) <= t.tau())) return 0;
        }
        return value();
    }

    public double demand(DemandModel model) {
        return model.demand(tasks);
    }
}
