package io.aigcnet.mechanism.auction.model;

import io.aigcnet.core.config.Checks;
import io.aigcnet.core.config.ConfigException;

/**
 * One row of the task table (reconstruction §2): each AV draws one task of every type, with
 * workload, deadline and value uniform on the given ranges.
 */
public record TaskType(String name, double wMin, double wMax, double tauMin, double tauMax, double vMin, double vMax) {

    /** The three types: sensor/status sync, DT model update, route generation (the generative task). */
    public static java.util.List<TaskType> defaults() {
        return java.util.List.of(
                new TaskType("sensor-sync", 0.5, 1.0, 0.1, 0.3, 1, 5),
                new TaskType("model-update", 1.0, 3.0, 0.3, 0.6, 2, 8),
                new TaskType("route-generation", 2.0, 6.0, 0.6, 1.0, 3, 12));
    }

    /** Checks the ranges; {@code at} names the entry in errors (e.g. {@code task_table[1]}). */
    public void validate(String at) {
        if (name == null || name.isBlank()) throw ConfigException.field(at + ".name", "must be a non-empty name");
        Checks.positive(at + ".w_min", wMin);
        Checks.positive(at + ".tau_min", tauMin);
        Checks.finite(at + ".v_min", vMin);
        Checks.range(at + ".v_min", vMin, 0, Double.MAX_VALUE);
        ordered(at + ".w_max", wMin, wMax);
        ordered(at + ".tau_max", tauMin, tauMax);
        ordered(at + ".v_max", vMin, vMax);
    }

    private static void ordered(String field, double lo, double hi) {
        if (!(hi >= lo) || !Double.isFinite(hi)) throw ConfigException.field(field, "must be finite and >= its minimum " + lo + ", got " + hi);
    }
}
