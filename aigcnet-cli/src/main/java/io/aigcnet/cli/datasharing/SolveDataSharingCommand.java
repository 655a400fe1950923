package io.aigcnet.cli.datasharing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.aigcnet.cli.UsageException;
import io.aigcnet.core.result.Json;
import io.aigcnet.mechanism.datasharing.model.Contract;
import io.aigcnet.mechanism.datasharing.model.ContractEvaluation;
import io.aigcnet.mechanism.datasharing.model.IncentiveConstraints;
import io.aigcnet.mechanism.datasharing.model.MarketParams;
import io.aigcnet.mechanism.datasharing.model.NetworkState;
import io.aigcnet.mechanism.datasharing.solver.OptimalContractSolver;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code aigcnet solve datasharing}: the exact optimal AoI data-sharing contract for one state. */
@Command(name = "datasharing", mixinStandardHelpOptions = true,
        description = {"Exact optimal contract of the Data sharing paper under information asymmetry, for any K.",
                "Prints {\"f\": [...], \"r\": [...], \"U_B\": x, \"device_utility\": [...], \"feasible\": true}."},
        footer = {"", "The state is the paper's flat vector [M, K, A_max, D_max, Q_1..Q_K, phi_1..phi_K],",
                "with A_max and D_max in seconds and Q summing to 1.", "",
                "Example:", "  aigcnet solve datasharing --state \"40,2,0.95,0.73,0.84,0.16,2,12\" --alpha 0.75"})
public final class SolveDataSharingCommand implements Callable<Integer> {

    @Option(names = "--state", required = true, paramLabel = "M,K,A,D,Q..,PHI..",
            description = "Network state, comma-separated: M, K, A_max (s), D_max (s), Q_1..Q_K, phi_1..phi_K.")
    String state;

    @Option(names = "--alpha", required = true, description = "Device preference for AoI over latency, in [0, 1].")
    double alpha;

    @Option(names = "--beta", defaultValue = "100", description = "Unit profit of QoD for the BS, > 0 (default: ${DEFAULT-VALUE}).")
    double beta;

    @Option(names = "--t", defaultValue = "0.001", description = "Slot length in seconds, > 0 (default: ${DEFAULT-VALUE}).")
    double slot;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws JsonProcessingException {
        NetworkState s;
        MarketParams market;
        try {
            s = NetworkState.parse(state);
        } catch (IllegalArgumentException e) {
            throw new UsageException("invalid --state: " + e.getMessage());
        }
        try {
            market = new MarketParams(alpha, beta, slot);
        } catch (IllegalArgumentException e) {
            throw new UsageException("invalid option: " + e.getMessage());
        }
        Contract c;
        try {
            c = new OptimalContractSolver().solve(s, market);
        } catch (IllegalArgumentException e) {
            throw new UsageException("no contract for this input: " + e.getMessage());
        }
        ContractEvaluation ev = ContractEvaluation.of(c, s, market, IncentiveConstraints.standard());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("f", c.f());
        out.put("r", c.r());
        out.put("U_B", ev.bsUtility());
        out.put("device_utility", ev.deviceUtility());
        out.put("feasible", ev.feasible());
        spec.commandLine().getOut().println(Json.mapper().writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(out));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
