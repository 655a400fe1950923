package io.aigcnet.edge.asp;

import io.aigcnet.core.config.Checks;
import io.aigcnet.core.config.ConfigException;
import io.aigcnet.core.config.Validated;

/**
 * The case-study parameters. {@link #agod()} is the public AGOD reference (capacity 400–900 steps);
 * {@link #survey()} takes the survey's capacity range 600–1,500 steps. Grids are {min, min + step, …, max}.
 * Utility coefficients are drawn from AGOD's grids: a_x ∈ {0, 10, …, 90}, a_y ∈ {0, 0.05, …, 0.45},
 * b_x ∈ {150, …, 240}, b_y ∈ {0.5, …, 0.95}.
 */
public record AspSetup(int numAsps, int numUsers, int capacityMin, int capacityMax, int capacityStep,
                       int stepsMin, int stepsMax, int stepsStep, double arrivalRatePerS, double horizonS) implements Validated {

    public static AspSetup agod() {
        return new AspSetup(20, 1000, 400, 900, 100, 100, 250, 10, 0.001, 1_000_000);
    }

    public static AspSetup survey() {
        return new AspSetup(20, 1000, 600, 1500, 100, 100, 250, 10, 0.001, 1_000_000);
    }

    @Override public void validate() {
        Checks.range("num_asps", numAsps, 1, 10_000);
        Checks.range("num_users", numUsers, 1, 100_000_000);
        Checks.range("capacity_min", capacityMin, 1, 1_000_000_000);
        Checks.range("capacity_max", capacityMax, capacityMin, 1_000_000_000);
        Checks.range("capacity_step", capacityStep, 1, 1_000_000_000);
        Checks.range("steps_min", stepsMin, 1, 1_000_000);
        Checks.range("steps_max", stepsMax, stepsMin, 1_000_000);
        Checks.range("steps_step", stepsStep, 1, 1_000_000);
        Checks.positive("arrival_rate_per_s", arrivalRatePerS);
        Checks.positive("horizon_s", horizonS);
        if (arrivalRatePerS * horizonS > 10_000_000)
            throw ConfigException.field("arrival_rate_per_s", "arrival_rate_per_s × horizon_s must be <= 1e7 tasks per episode");
    }
}
