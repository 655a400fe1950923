package io.aigcnet.mechanism.qoe.experiment;

import io.aigcnet.core.config.Checks;
import io.aigcnet.core.config.ConfigException;
import io.aigcnet.core.config.Validated;
import io.aigcnet.mechanism.qoe.leader.DecisionRule;
import io.aigcnet.mechanism.qoe.leader.DualPerturbationConfig;
import io.aigcnet.mechanism.qoe.leader.StepSchedule;
import io.aigcnet.mechanism.qoe.leader.UpdateOrder;

/**
 * Algorithm 1 settings of an experiment (config section {@code algorithm}): step schedule
 * ({@code adaptive:<Δ0>}, the default, or the paper's {@code constant:<Δ̂>} or {@code diminishing:<u>}), ε,
 * iteration cap and minimum, and update
 * order ({@code jacobi} or {@code gauss-seidel}). R^(0) is uniform in [R^min, R^max] from the
 * run's {@code init} stream.
 */
public record AlgorithmSettings(String step, double epsilon, int maxIterations, int minIterations, String order)
        implements Validated {

    public static AlgorithmSettings of(String step) {
        return new AlgorithmSettings(step, DualPerturbationConfig.DEFAULT_EPSILON, DualPerturbationConfig.DEFAULT_MAX_ITERATIONS,
                DualPerturbationConfig.DEFAULT_MIN_ITERATIONS, "jacobi");
    }

    @Override
    public void validate() {
        try {
            StepSchedule.parse(step);
        } catch (IllegalArgumentException e) {
            throw ConfigException.field("algorithm.step", e.getMessage());
        }
        Checks.range("algorithm.epsilon", epsilon, 0, 1e9);
        Checks.range("algorithm.max_iterations", maxIterations, 1, 100_000_000);
        Checks.range("algorithm.min_iterations", minIterations, 1, maxIterations);
        Checks.oneOf("algorithm.order", order, "jacobi", "gauss-seidel");
    }

    public DualPerturbationConfig toConfig() {
        return new DualPerturbationConfig(StepSchedule.parse(step), epsilon, maxIterations, minIterations,
                "jacobi".equals(order) ? UpdateOrder.JACOBI : UpdateOrder.GAUSS_SEIDEL, DecisionRule.THREE_POINT);
    }
}
