package io.aigcnet.mechanism.qoe.experiment;

import io.aigcnet.core.experiment.ExperimentContext;
import io.aigcnet.core.report.Report;
import io.aigcnet.mechanism.qoe.leader.Outcome;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Counts Algorithm 1's solves in an experiment: how many stopped by their own rule (not by the
 * iteration cap) and how many iterations they took. Recorded as {@code algorithm.*} in result.json
 * and checked in the report: every reported point must be an equilibrium the algorithm reached.
 */
final class ConvergenceTally {

    private final List<Integer> iterations = new ArrayList<>();
    private int converged;

    void add(Outcome o) {
        iterations.add(o.iterations());
        converged += o.converged() ? 1 : 0;
    }

    int solves() {
        return iterations.size();
    }

    int converged() {
        return converged;
    }

    void record(ExperimentContext ctx, String step) {
        List<Integer> sorted = new ArrayList<>(iterations);
        Collections.sort(sorted);
        int n = sorted.size();
        double median = n == 0 ? 0 : n % 2 == 1 ? sorted.get(n / 2) : 0.5 * (sorted.get(n / 2 - 1) + sorted.get(n / 2));
        int max = n == 0 ? 0 : sorted.get(n - 1);
        ctx.result().put("algorithm.step", step);
        ctx.result().put("algorithm.solves", n);
        ctx.result().put("algorithm.converged", converged);
        ctx.result().put("algorithm.iterations_median", median);
        ctx.result().put("algorithm.iterations_max", max);
        ctx.report().compare("Algorithm 1 (" + step + ") stopped by its rule on every solve", converged + " of " + n,
                "all", Report.Verdict.of(n > 0 && converged == n),
                "iterations median " + Report.fmt(median) + ", max " + max);
    }
}
