package io.aigcnet.cli.learn;

import io.aigcnet.cli.UsageException;
import io.aigcnet.learn.bench.LearnBenchmarks;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code aigcnet bench learn}: environment steps/s, gradient updates/s for PPO and SAC at their
 * default network sizes, and the per-action and per-update time of the diffusion actor for T = 5 and 10.
 */
@Command(name = "learn", mixinStandardHelpOptions = true,
        description = {"Throughput of the deep-RL toolkit (PyTorch via DJL, one intra-op thread)."},
        footer = {"", "Example:", "  aigcnet bench learn --runs 5"})
public final class BenchLearnCommand implements Callable<Integer> {
    @Option(names = "--runs", defaultValue = "5", description = "Measured repetitions per quantity; the median is reported (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--seed", defaultValue = "1", description = "Seed for weights and workloads (default: ${DEFAULT-VALUE}).")
    long seed;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (runs < 1) throw new UsageException("--runs must be >= 1, got " + runs);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "bench learn: median of %d runs after one warm-up, 1 PyTorch thread, %d available processors%n",
                runs, Runtime.getRuntime().availableProcessors());
        out.printf(Locale.ROOT, "%-58s %14s %12s  %s%n", "quantity", "per second", "ms each", "sizes");
        for (LearnBenchmarks.Measurement m : new LearnBenchmarks(System::nanoTime, runs).all(seed)) { // ambient-ok: benchmark timing
            out.printf(Locale.ROOT, "%-58s %,14.1f %12.4f  %s%n", m.name(), m.perSecond(), m.millisPerItem(), m.note());
            out.flush();
        }
        return 0;
    }
}
