package io.aigcnet.cli.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.aigcnet.cli.UsageException;
import io.aigcnet.core.result.Json;
import io.aigcnet.mechanism.contract.ContractGame;
import io.aigcnet.mechanism.contract.Outcome;
import io.aigcnet.mechanism.contract.prosecutor.ProsecutorGame;
import io.aigcnet.mechanism.contract.prosecutor.ProsecutorParams;
import io.aigcnet.mechanism.contract.survey.SurveyGame;
import io.aigcnet.mechanism.contract.survey.SurveyParams;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code aigcnet solve contract}: the exact optimal contract for one environment state. */
@Command(name = "contract", mixinStandardHelpOptions = true,
        description = {"Exact optimal moral-hazard contract for one environment state: ProSecutor's fee contract {mu_s, F_s}",
                "(the MASP's compute and channel fee are hidden) or the survey's semantic-sharing contract {c_q, c_f}",
                "(the provider's transmit power is hidden). Prints {\"contract\": {...}, \"principal_utility\": x,",
                "\"agent_response\": {...}, \"agent_utility\": y, \"ir\": true, \"ic\": true}."},
        footer = {"", "ProSecutor state (12 values): S_p (MB), b (MB/s), D_t (TFLOP), S_b (tx per block), M (MASPs), k (neighbours),",
                "  p_b, E_L (tx), lambda (blocks/s), eps (ROI), r (tokens per TFLOP), zeta (round index).",
                "Survey state (13 values): c_s, c_p, D (m), beta, alpha, mu, sigma_N2 (W), sigma_S2, v, P_I (W), eta, N, P_j (W).", "",
                "Examples:", "  aigcnet solve contract --model prosecutor --state \"1.5,10,50,2000,8,4,0.9,3000,0.2,0.2,10,3\"",
                "  aigcnet solve contract --model survey --state \"400,100,20,3,2,1,1e-9,1e-3,1e-3,1e-7,1,3,0.2\""})
public final class SolveContractCommand implements Callable<Integer> {

    @Option(names = "--model", required = true, paramLabel = "prosecutor|survey", description = "Which contract model: prosecutor or survey.")
    String model;

    @Option(names = "--state", required = true, paramLabel = "E1,E2,...", description = "The environment state e, comma-separated (see below).")
    String state;

    @Spec CommandSpec spec;

    @Override public Integer call() throws JsonProcessingException {
        ContractGame game = switch (model) {
            case "prosecutor" -> new ProsecutorGame(ProsecutorParams.defaults());
            case "survey" -> new SurveyGame(SurveyParams.defaults());
            default -> throw new UsageException("invalid --model '" + model + "': allowed values are prosecutor, survey");
        };
        double[] e = parse(state, game.stateNames());
        try {
            game.validateState(e);
        } catch (IllegalArgumentException ex) {
            throw new UsageException("invalid --state: " + ex.getMessage());
        }
        Outcome o;
        try {
            o = game.solve(e);
        } catch (IllegalArgumentException ex) {
            throw new UsageException("no contract for this state: " + ex.getMessage());
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("contract", named(game.contractNames(), o.contract()));
        out.put("principal_utility", o.principalUtility());
        out.put("agent_response", named(game.responseNames(), o.response()));
        out.put("agent_utility", o.agentUtility());
        out.put("ir", o.ir());
        out.put("ic", o.ic());
        spec.commandLine().getOut().println(Json.mapper().writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(out));
        spec.commandLine().getOut().flush();
        return 0;
    }

    private static double[] parse(String csv, List<String> names) {
        String[] parts = csv.split(",");
        if (parts.length != names.size())
            throw new UsageException("invalid --state: expected " + names.size() + " values " + names + ", got " + parts.length);
        double[] e = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                e[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException ex) {
                throw new UsageException("invalid --state: " + names.get(i) + " = '" + parts[i].trim() + "' is not a number");
            }
            if (!Double.isFinite(e[i])) throw new UsageException("invalid --state: " + names.get(i) + " must be finite");
        }
        return e;
    }

    private static Map<String, Double> named(List<String> names, double[] v) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < v.length; i++) m.put(names.get(i), v[i]);
        return m;
    }
}
