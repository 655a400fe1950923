package io.aigcnet.cli.qoe;

import io.aigcnet.cli.UsageException;
import io.aigcnet.core.config.ConfigException;
import io.aigcnet.core.rng.RngStreams;
import io.aigcnet.mechanism.qoe.follower.InfeasibleInstanceException;
import io.aigcnet.mechanism.qoe.io.InstanceReader;
import io.aigcnet.mechanism.qoe.io.OutcomeJson;
import io.aigcnet.mechanism.qoe.leader.DecisionRule;
import io.aigcnet.mechanism.qoe.leader.DualPerturbation;
import io.aigcnet.mechanism.qoe.leader.DualPerturbationConfig;
import io.aigcnet.mechanism.qoe.leader.Outcome;
import io.aigcnet.mechanism.qoe.leader.StepSchedule;
import io.aigcnet.mechanism.qoe.leader.UpdateOrder;
import io.aigcnet.mechanism.qoe.model.QoeInstance;
import io.aigcnet.mechanism.qoe.scheme.BaselineSettings;
import io.aigcnet.mechanism.qoe.scheme.Scheme;
import io.aigcnet.mechanism.qoe.scheme.SchemeSolver;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code aigcnet solve qoe}: one scheme of seed 003 on one instance, the answer as JSON on stdout. */
@Command(name = "qoe", mixinStandardHelpOptions = true,
        description = {"Solve the QoE incentive paper's leader-follower game (EPEC, Algorithm 1) or a baseline.",
            "Prints {R, Q, f, B, mu_utility, asp_utility, iterations, converged}; arrays are [ASP n][MU m]."})
public final class SolveQoeCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--instance", required = true, paramLabel = "FILE",
            description = "Instance JSON, workload form (A, D per pair) or physical form (theta/K, tokens, SNR).")
    Path instance;

    @Option(names = "--step", defaultValue = DualPerturbationConfig.DEFAULT_STEP,
            paramLabel = "adaptive:D0|constant:D|diminishing:U",
            description = "Step of Algorithm 1: adaptive per-reward steps from D0 (exact equilibrium, few iterations), "
                    + "or the paper's constant or diminishing step (default ${DEFAULT-VALUE}; paper-literal: "
                    + DualPerturbationConfig.PAPER_STEP + ").")
    String step;

    @Option(names = "--epsilon", defaultValue = "1e-6", description = "Stop when the MUs' total utility change <= this (default ${DEFAULT-VALUE}).")
    double epsilon;

    @Option(names = "--max-iterations", defaultValue = "100000", description = "Iteration cap (default ${DEFAULT-VALUE}).")
    int maxIterations;

    @Option(names = "--min-iterations", defaultValue = "50", description = "No stop before this many iterations (default ${DEFAULT-VALUE}).")
    int minIterations;

    @Option(names = "--scheme", defaultValue = "proposed",
            description = "proposed, ratio1, ratio2, token, onlyf or onlyb (default ${DEFAULT-VALUE}).")
    String scheme;

    @Option(names = "--order", defaultValue = "jacobi", description = "jacobi or gauss-seidel (default ${DEFAULT-VALUE}).")
    String order;

    @Option(names = "--rule", defaultValue = "three-point", description = "three-point (Algorithm 1) or sign (Appendix A) (default ${DEFAULT-VALUE}).")
    String rule;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the random initial rewards R^(0) (default ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public void run() {
        DualPerturbationConfig cfg;
        Scheme chosen;
        try {
            chosen = Scheme.parse(scheme);
            cfg = new DualPerturbationConfig(StepSchedule.parse(step), epsilon, maxIterations,
                    Math.min(minIterations, maxIterations), parseOrder(order), parseRule(rule));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        if (!Files.isRegularFile(instance)) {
            throw new UsageException("--instance: no such file: " + instance);
        }
        QoeInstance inst = InstanceReader.read(instance);
        Outcome out;
        try {
            double[][] start = DualPerturbation.randomStart(inst, RngStreams.of(seed).stream("init"));
            out = new SchemeSolver(cfg, BaselineSettings.PAPER).solve(chosen, inst, start);
        } catch (InfeasibleInstanceException e) {
            throw new ConfigException(instance.toString(), "", "infeasible instance: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new ConfigException(instance.toString(), "", e.getMessage());
        }
        spec.commandLine().getOut().println(OutcomeJson.write(chosen.cliName(), out));
        spec.commandLine().getOut().flush();
    }

    private static UpdateOrder parseOrder(String s) {
        switch (s) {
            case "jacobi":
                return UpdateOrder.JACOBI;
            case "gauss-seidel":
                return UpdateOrder.GAUSS_SEIDEL;
            default:
                throw new IllegalArgumentException("--order must be jacobi or gauss-seidel, got '" + s + "'");
        }
    }

    private static DecisionRule parseRule(String s) {
        switch (s) {
            case "three-point":
                return DecisionRule.THREE_POINT;
            case "sign":
                return DecisionRule.SIGN;
            default:
                throw new IllegalArgumentException("--rule must be three-point or sign, got '" + s + "'");
        }
    }
}
