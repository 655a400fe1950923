package io.aigcnet.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import io.aigcnet.core.experiment.Experiment;
import io.aigcnet.core.experiment.ExperimentRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "reproduce", mixinStandardHelpOptions = true,
        description = {"Reproduce a paper figure or table into DIR/<id>/: result.json, CSVs, PNG charts and report.md",
                "(each result beside the paper's value). Output appears only when the run finishes."},
        footer = {"", "Examples:", "  aigcnet reproduce --list", "  aigcnet reproduce prosecutor-reputation --quick",
                "  aigcnet reproduce prosecutor-baseline --seed 7 --out results --config my.yaml",
                "  aigcnet reproduce --all --quick"})
final class ReproduceCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "<id>", description = "Experiment id (see --list).")
    String id;

    @Option(names = "--list", description = "List the experiment ids and exit.")
    boolean list;

    @Option(names = "--all", description = "Run every experiment in turn.")
    boolean all;

    @Option(names = "--quick", description = "CI-sized run: same code, smaller scale.")
    boolean quick;

    @Option(names = "--seed", defaultValue = "1", description = "Root seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", defaultValue = "out", paramLabel = "DIR", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--config", paramLabel = "FILE", description = "YAML/JSON file overriding the experiment's defaults.")
    Path config;

    @Option(names = "--strict", description = "Exit 1 if any comparison with the paper fails.")
    boolean strict;

    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override public Integer call() throws Exception {
        java.io.PrintWriter stdout = spec.commandLine().getOut();
        List<Experiment> catalog = ExperimentCatalog.all();
        if (list) {
            int w = catalog.stream().mapToInt(e -> e.id().length()).max().orElse(10);
            for (Experiment e : catalog)
                stdout.printf("%-" + w + "s  %s  [%s]%n", e.id(), e.title(), e.paperRef());
            stdout.flush();
            return 0;
        }
        List<Experiment> toRun = new ArrayList<>();
        if (all) {
            if (id != null) throw new UsageException("give either an id or --all, not both");
            if (config != null) throw new UsageException("--config applies to one experiment; it cannot be used with --all");
            toRun.addAll(catalog);
        } else if (id == null) {
            throw new UsageException("missing experiment id; valid ids: " + ids(catalog) + " (or --list, --all)");
        } else {
            toRun.add(catalog.stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow(
                    () -> new UsageException("unknown experiment '" + id + "'; valid ids: " + ids(catalog))));
        }
        int failedChecks = 0;
        for (Experiment e : toRun) {
            System.err.printf("aigcnet: reproducing %s (%s)%s, seed %d ...%n", e.id(), e.paperRef(), quick ? " --quick" : "", seed);
            ExperimentRunner.Outcome o = ExperimentRunner.run(e, seed, quick, out, config, true, Version.get());
            long fails = o.failedChecks();
            failedChecks += fails;
            stdout.printf("%s: %s in %.1f s -> %s/report.md%n", e.id(),
                    o.checks() == 0 ? "done" : (fails == 0 ? "all " + o.checks() + " checks pass" : fails + " of " + o.checks() + " checks FAIL"),
                    o.elapsedMillis() / 1000.0, o.dir());
        }
        stdout.flush();
        return strict && failedChecks > 0 ? 1 : 0;
    }

    private static String ids(List<Experiment> catalog) {
        return catalog.isEmpty() ? "(none yet)" : String.join(", ", catalog.stream().map(Experiment::id).toList());
    }
}
