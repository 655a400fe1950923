package io.aigcnet.cli.edge;

import io.aigcnet.cli.UsageException;
import io.aigcnet.cli.Version;
import io.aigcnet.core.experiment.ExperimentRunner;
import io.aigcnet.edge.experiment.CityRunExperiment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code aigcnet edge run}: a day of a city from a scenario file, with a report and charts. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run a city scenario: phones move and request AIGC services, edge servers cache models and run",
                "requests (crashing when over capacity), the cloud takes the rest; writes OUT/edge-city/ with",
                "result.json, hourly.csv, edges.csv, revenue.csv, PNG charts and report.md."},
        footer = {"", "The scenario is YAML; every field has a default (see examples/edge-city.yaml for all of them).",
                "A bad field exits 2 and names the file and the field.", "",
                "Example:", "  aigcnet edge run --scenario examples/edge-city.yaml"})
public final class EdgeRunCommand implements Callable<Integer> {
    @Option(names = "--scenario", required = true, paramLabel = "FILE", description = "Scenario file (YAML or JSON).")
    Path scenario;

    @Option(names = "--seed", defaultValue = "1", description = "Root seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", defaultValue = "out", paramLabel = "DIR", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--quick", description = "2,000 phones for 3 simulated hours (a smoke test of the scenario).")
    boolean quick;

    @Spec CommandSpec spec;

    @Override public Integer call() throws Exception {
        if (!Files.isRegularFile(scenario)) throw new UsageException("scenario file not found: " + scenario);
        Path base = scenario.toAbsolutePath().getParent();
        ExperimentRunner.Outcome o = ExperimentRunner.run(new CityRunExperiment(base), seed, quick, out, scenario, true, Version.get());
        spec.commandLine().getOut().printf("edge run: done in %.1f s -> %s/report.md%n", o.elapsedMillis() / 1000.0, o.dir());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
