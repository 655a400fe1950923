package io.aigcnet.cli.reputation;

import io.aigcnet.cli.UsageException;
import io.aigcnet.reputation.assess.AssessmentInput;
import io.aigcnet.reputation.assess.AssessmentJson;
import io.aigcnet.reputation.assess.InputException;
import io.aigcnet.reputation.assess.ReputationAssessor;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code aigcnet assess reputation --input FILE}: one MWSL reputation query, JSON in and out. */
@Command(name = "reputation", mixinStandardHelpOptions = true,
        description = {"Reputation of one MASP from one client's view (ProSecutor eqs. (7)-(12), MWSL).",
        "Prints {\"local\", \"reference\", \"fused\" (each {s, u, c}), \"reputation\", \"weights\" per client}."},
        footer = {"", "Input fields: block_interval_s, latest_block, freshness_base, uncertainty_weight,",
        "factor_weights [familiarity, freshness, market_worth], sensitivity, client, masp,",
        "opinions [{client, masp, positive, negative, block, history [{fee, block}]}].",
        "Opinions on other MASPs are ignored. Semantics: docs/decisions.md (reputation).", "",
        "Example:", "  aigcnet assess reputation --input opinions.json"})
public final class AssessReputationCommand implements Callable<Integer> {
    @Option(names = "--input", required = true, paramLabel = "FILE", description = "The JSON query (see below).")
    Path input;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        AssessmentInput in;
        try {
            in = AssessmentJson.read(input);
        } catch (InputException e) {
            throw new UsageException(e.getMessage());
        }
        spec.commandLine().getOut().println(AssessmentJson.write(ReputationAssessor.assess(in)));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
