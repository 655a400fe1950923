package io.aigcnet.cli.contract;

import io.aigcnet.cli.UsageException;
import io.aigcnet.mechanism.contract.bench.ContractBenchmarks;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code aigcnet bench contract}: exact solve time per state and policy inference time for both contract models. */
@Command(name = "contract", mixinStandardHelpOptions = true,
        description = {"Speed of the moral-hazard contract models: exact solve per state, one environment step, and",
                "greedy contract inference of the diffusion policy, SAC and PPO (ProSecutor and the survey)."},
        footer = {"", "Example:", "  aigcnet bench contract --runs 5"})
public final class BenchContractCommand implements Callable<Integer> {
    @Option(names = "--runs", defaultValue = "5", description = "Measured repetitions per quantity; the median is reported (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the (untrained) network weights (default: ${DEFAULT-VALUE}).")
    long seed;

    @Spec CommandSpec spec;

    @Override public Integer call() {
        if (runs < 1) throw new UsageException("--runs must be >= 1, got " + runs);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "bench contract: median of %d runs after one warm-up, %d available processors%n", runs,
                Runtime.getRuntime().availableProcessors());
        out.printf(Locale.ROOT, "%-56s %12s  %s%n", "quantity", "ms each", "note");
        for (ContractBenchmarks.Measurement m : new ContractBenchmarks(System::nanoTime, runs).all(seed)) { // ambient-ok: benchmark timing
            out.printf(Locale.ROOT, "%-56s %12.4f  %s%n", m.name(), m.millisPerItem(), m.note());
            out.flush();
        }
        return 0;
    }
}
