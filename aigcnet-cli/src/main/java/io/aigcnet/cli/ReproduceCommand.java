package io.aigcnet.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import io.aigcnet.core.config.BadInputException;
import io.aigcnet.core.experiment.Experiment;
import io.aigcnet.core.experiment.ExperimentRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "reproduce", mixinStandardHelpOptions = true,
        description = {"Reproduce a paper figure or table: result.json, CSVs, PNG charts and report.md in DIR/<id>/.",
                "report.md puts each result beside the paper's value with PASS/FAIL/INFO. Output appears only when",
                "the run finishes; an interrupted or failed run leaves the previous output untouched."},
        footer = {"", "Examples:", "  aigcnet reproduce --list", "  aigcnet reproduce prosecutor-reputation --quick",
                "  aigcnet reproduce prosecutor-baseline --seed 7 --out results --config my.yaml",
                "  aigcnet reproduce --all --quick --strict"})
final class ReproduceCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "<id>", description = "Experiment id (see --list).")
    String id;

    @Option(names = "--list", description = "List the experiment ids and exit.")
    boolean list;

    @Option(names = "--all", description = "Run every experiment in turn, then print a summary table (time, PASS/FAIL/INFO per id, failing checks).")
    boolean all;

    @Option(names = "--quick", description = "CI-sized run: same code, smaller scale.")
    boolean quick;

    @Option(names = "--seed", defaultValue = "1", description = "Root seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", defaultValue = "out", paramLabel = "DIR", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--config", paramLabel = "FILE", description = "YAML/JSON file overriding the experiment's defaults.")
    Path config;

    @Option(names = "--strict", description = "Exit 1 if any check against the paper fails (without it, failures are reported but exit 0).")
    boolean strict;

    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override public Integer call() throws Exception {
        java.io.PrintWriter stdout = spec.commandLine().getOut();
        List<Experiment> catalog = ExperimentCatalog.all();
        if (list) {
            if (all || id != null) throw new UsageException("--list prints the ids; it cannot be combined with " + (all ? "--all" : "an id"));
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
        if (config != null && !java.nio.file.Files.isRegularFile(config))
            throw new UsageException("--config " + config + ": no such file");
        RunSummary summary = new RunSummary();
        for (Experiment e : toRun) {
            System.err.printf("aigcnet: reproducing %s (%s)%s, seed %d ...%n", e.id(), e.paperRef(), quick ? " --quick" : "", seed);
            long start = System.nanoTime();
            ExperimentRunner.Outcome o;
            try {
                o = ExperimentRunner.run(e, seed, quick, out, config, true, Version.get());
            } catch (BadInputException bad) {
                throw bad; // the same for every experiment: stop and say so (exit 2)
            } catch (Exception ex) {
                if (!all) throw ex;
                String why = ex.getMessage() == null || ex.getMessage().isBlank() ? "an internal error" : ex.getMessage();
                System.err.printf("aigcnet: %s failed: %s (its previous output, if any, is untouched)%n", e.id(), why);
                summary.addError(e.id(), (System.nanoTime() - start) / 1e9, why);
                continue;
            }
            summary.add(e.id(), o);
            stdout.printf("%s: %s in %.1f s -> %s%n", e.id(), verdict(o), o.elapsedMillis() / 1000.0, o.dir().resolve("report.md"));
            for (var r : o.failing()) stdout.printf("  FAIL %s (ours %s; paper %s)%n", r.quantity(), r.ours(), r.paper());
            stdout.flush();
        }
        if (all) {
            stdout.println();
            stdout.printf("Summary (%s, seed %d, output in %s):%n", quick ? "quick mode" : "full scale", seed, out);
            stdout.print(summary.render(strict));
        }
        stdout.flush();
        if (summary.errors() > 0) return 1;
        return strict && summary.failedChecks() > 0 ? 1 : 0;
    }

    private static String verdict(ExperimentRunner.Outcome o) {
        String info = o.info() > 0 ? ", " + o.info() + " for information" : "";
        if (o.checks() == 0) return "done (no checkable paper value" + info + ")";
        if (o.failedChecks() == 0) return "all " + o.checks() + " checks pass" + info;
        return o.failedChecks() + " of " + o.checks() + " checks FAIL" + info;
    }

    private static String ids(List<Experiment> catalog) {
        return catalog.isEmpty() ? "(none yet)" : String.join(", ", catalog.stream().map(Experiment::id).toList());
    }
}
