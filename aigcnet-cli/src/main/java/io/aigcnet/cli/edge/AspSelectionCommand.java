package io.aigcnet.cli.edge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.aigcnet.core.result.Json;
import io.aigcnet.core.rng.RngStreams;
import io.aigcnet.edge.asp.AspReplay;
import io.aigcnet.edge.asp.AspSelectionPolicy;
import io.aigcnet.edge.asp.AspTrace;
import io.aigcnet.edge.asp.AspTraceReader;
import io.aigcnet.edge.asp.CrashAvoidSelection;
import io.aigcnet.edge.asp.ProphetSelection;
import io.aigcnet.edge.asp.RandomSelection;
import io.aigcnet.edge.asp.RoundRobinSelection;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code aigcnet edge asp-selection}: replays an ASP-selection trace through one heuristic policy. */
@Command(name = "asp-selection", mixinStandardHelpOptions = true,
        description = {"Replay an ASP-selection trace (the survey's Fig. 9 case study, AGOD semantics) through one policy.",
                "Prints {\"cumulative_reward\": x, \"crash_events\": n, \"crashed_tasks\": n, \"served\": n}."},
        footer = {"", "The trace is JSON or YAML:",
                "  {\"asps\": [{\"total_t\": 600, \"a_x\": 20, \"a_y\": 0.1, \"b_x\": 200, \"b_y\": 0.9}, ...],",
                "   \"tasks\": [{\"arrival_s\": 0, \"t\": 150}, ...]}",
                "total_t and t are diffusion steps; tasks are in arrival order. At each arrival, tasks with",
                "arrival + runtime <= now finish; runtime(t) = (0.001 t^2 + 2.5 t - 14) * 60 s. A task needing more",
                "steps than the chosen ASP has free crashes it: its running tasks are lost, the task is not served,",
                "and the reward is -[2 + sum over lost tasks of 2 * (1 - progress)]. crashed_tasks counts lost running",
                "tasks; served counts admitted tasks.", "",
                "Example:", "  aigcnet edge asp-selection --trace examples/asp-trace.json --policy prophet"})
public final class AspSelectionCommand implements Callable<Integer> {
    enum PolicyName { prophet, crash_avoid, round_robin, random }

    @Option(names = "--trace", required = true, paramLabel = "FILE", description = "The trace file (JSON or YAML).")
    Path trace;

    @Option(names = "--policy", required = true, paramLabel = "POLICY", converter = PolicyConverter.class,
            description = "prophet (omniscient upper bound), crash-avoid, round-robin or random.")
    PolicyName policy;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the random policy (default: ${DEFAULT-VALUE}).")
    long seed;

    @Spec CommandSpec spec;

    static final class PolicyConverter implements picocli.CommandLine.ITypeConverter<PolicyName> {
        @Override public PolicyName convert(String v) {
            try {
                return PolicyName.valueOf(v.replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(
                        "unknown policy '" + v + "'; allowed: prophet, crash-avoid, round-robin, random");
            }
        }
    }

    @Override public Integer call() throws JsonProcessingException {
        AspTrace t = AspTraceReader.read(trace);
        AspSelectionPolicy p = switch (policy) {
            case prophet -> new ProphetSelection();
            case crash_avoid -> new CrashAvoidSelection();
            case round_robin -> new RoundRobinSelection();
            case random -> new RandomSelection(RngStreams.of(seed).stream("policy"));
        };
        AspReplay.Result r = AspReplay.run(t, p);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("cumulative_reward", r.cumulativeReward());
        out.put("crash_events", r.crashEvents());
        out.put("crashed_tasks", r.crashedTasks());
        out.put("served", r.served());
        spec.commandLine().getOut().println(Json.mapper().writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(out));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
