package io.aigcnet.mechanism.datasharing.experiment;

import io.aigcnet.core.config.Checks;
import io.aigcnet.core.config.ConfigException;
import io.aigcnet.core.config.Validated;
import io.aigcnet.core.experiment.Experiment;
import io.aigcnet.core.experiment.ExperimentContext;
import io.aigcnet.core.progress.Progress;
import io.aigcnet.core.report.Report;
import io.aigcnet.core.result.SeriesWriter;
import io.aigcnet.core.rng.RngStreams;
import io.aigcnet.mechanism.datasharing.agent.PpoContractDesigner;
import io.aigcnet.mechanism.datasharing.agent.PpoContractTrainer;
import io.aigcnet.mechanism.datasharing.agent.PpoSettings;
import io.aigcnet.mechanism.datasharing.env.ContractDesignEnv;
import io.aigcnet.mechanism.datasharing.model.Contract;
import io.aigcnet.mechanism.datasharing.model.ContractEvaluation;
import io.aigcnet.mechanism.datasharing.model.IncentiveConstraints;
import io.aigcnet.mechanism.datasharing.model.MarketParams;
import io.aigcnet.mechanism.datasharing.model.NetworkState;
import io.aigcnet.mechanism.datasharing.solver.OptimalContractSolver;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Fig. 2(b): the menus PPO (seed 312) designs for the paper's three printed network states, beside
 * the exact optimum, with their IR/IC verdict and the relative gap in U_B.
 */
public final class ContractsExperiment implements Experiment {

    /** The states printed in the paper's Sec. V, layout [M, K, A_max, D_max, Q_1, Q_2, phi_1, phi_2]. */
    public static final String[] PAPER_STATES = {
        "40,2,0.95,0.73,0.84,0.16,2,12", "40,2,0.94,0.85,0.80,0.20,2,12", "40,2,0.95,0.81,0.43,0.57,2,13"};

    /**
     * @param setup      model and environment constants
     * @param ppo        PPO hyperparameters
     * @param seed       training seed (paper: 312)
     * @param states     the states to design for, each "M,K,A_max,D_max,Q..,phi.."
     * @param maxRelGap  largest acceptable (optimal - PPO) / optimal U_B
     */
    public record Config(DataSharingSetup setup, PpoSettings ppo, long seed, List<String> states, double maxRelGap)
            implements Validated {
        public static Config defaults() {
            return new Config(DataSharingSetup.paper(), PpoSettings.paper(), 312, List.of(PAPER_STATES), 0.01);
        }

        @Override public void validate() {
            setup.validate("setup.");
            ppo.validate("ppo.");
            Checks.nonEmpty("states", states);
            for (int i = 0; i < states.size(); i++) {
                try {
                    NetworkState s = NetworkState.parse(states.get(i));
                    if (s.types() != setup.types())
                        throw new IllegalArgumentException("has K=" + s.types() + " but setup.phi_ranges has K=" + setup.types());
                } catch (IllegalArgumentException e) {
                    throw ConfigException.field("states[" + i + "]", e.getMessage());
                }
            }
            Checks.range("max_rel_gap", maxRelGap, 0, 1);
        }
    }

    @Override public String id() { return "datasharing-contracts"; }

    @Override public String title() { return "Data sharing: learned contract menus for the paper's three states"; }

    @Override public String paperRef() { return "Data sharing Fig. 2(b)"; }

    @Override
    public void run(ExperimentContext ctx) {
        Config cfg = ctx.config(Config.class, Config.defaults());
        DataSharingSetup setup = cfg.setup();
        MarketParams market = setup.market();
        IncentiveConstraints check = new IncentiveConstraints(setup.tolerance());
        OptimalContractSolver solver = new OptimalContractSolver(setup.frequencyBounds());
        int episodes = cfg.ppo().episodes(ctx.quick());
        RngStreams streams = RngStreams.of(cfg.seed());
        ContractDesignEnv env = new ContractDesignEnv(setup.distribution(), setup.codec(), setup.reward(), cfg.ppo().roundsPerEpisode());

        List<Map<String, Object>> rows = new ArrayList<>();
        SeriesWriter series = ctx.series("contracts", "state", "designer", "type", "f", "r", "device_utility");
        Report rep = ctx.report();
        boolean allFeasible = true, allClose = true;
        double worstGap = 0;
        try (Progress progress = ctx.progress("PPO training (seed " + cfg.seed() + ")", episodes);
             PpoContractDesigner ppo = new PpoContractTrainer(cfg.ppo()).train(env, episodes, streams.stream("init"),
                     streams.stream("env"), streams.stream("actions"), streams.stream("minibatch"), (e, d, s) -> progress.step())) {
            for (int i = 0; i < cfg.states().size(); i++) {
                NetworkState state = NetworkState.parse(cfg.states().get(i));
                Contract learned = ppo.design(state, null);
                Contract optimal = solver.solve(state, market);
                ContractEvaluation le = ContractEvaluation.of(learned, state, market, check);
                ContractEvaluation oe = ContractEvaluation.of(optimal, state, market, check);
                double gap = (oe.bsUtility() - le.bsUtility()) / oe.bsUtility();
                boolean close = le.feasible() && gap <= cfg.maxRelGap();
                allFeasible &= le.feasible();
                allClose &= close;
                worstGap = Math.max(worstGap, gap);
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("state", state.toVector());
                row.put("ppo", Map.of("f", learned.f(), "r", learned.r(), "U_B", le.bsUtility(), "feasible", le.feasible(),
                        "violations", le.feasibility().describe(), "device_utility", le.deviceUtility()));
                row.put("optimal", Map.of("f", optimal.f(), "r", optimal.r(), "U_B", oe.bsUtility(), "device_utility", oe.deviceUtility()));
                row.put("rel_gap", gap);
                row.put("within_tolerance", close);
                rows.add(sorted(row));
                for (int k = 0; k < state.types(); k++) {
                    series.row(i + 1, "ppo", k + 1, learned.f(k), learned.r(k), le.deviceUtility()[k]);
                    series.row(i + 1, "optimal", k + 1, optimal.f(k), optimal.r(k), oe.deviceUtility()[k]);
                }
                rep.compare("state " + (i + 1) + " PPO U_B (gap to optimum)", String.format(Locale.ROOT, "%.2f (%.3f%%)",
                                le.bsUtility(), 100 * gap), "feasible, stable across states", Report.Verdict.of(close),
                        le.feasibility().describe() + "; optimal " + Report.fmt(oe.bsUtility()));
            }
        }
        ctx.result().put("episodes", episodes);
        ctx.result().put("seed", cfg.seed());
        ctx.result().put("states", rows);
        ctx.result().put("all_feasible", allFeasible);
        ctx.result().put("all_within_tolerance", allClose);
        ctx.result().put("worst_rel_gap", worstGap);

        List<String> categories = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) for (int k = 0; k < setup.types(); k++) categories.add("s" + (i + 1) + " type " + (k + 1));
        Map<String, double[]> fBars = new LinkedHashMap<>(), rBars = new LinkedHashMap<>();
        fBars.put("PPO", flatten(rows, "ppo", "f"));
        fBars.put("Optimal", flatten(rows, "optimal", "f"));
        rBars.put("PPO", flatten(rows, "ppo", "r"));
        rBars.put("Optimal", flatten(rows, "optimal", "r"));
        String fChart = ctx.charts().bars("contracts_f", "Update frequency f_k", "state / type", "f_k (normalised, 0-1)", categories, fBars);
        String rChart = ctx.charts().bars("contracts_r", "Reward r_k", "state / type", "r_k (monetary units)", categories, rBars);
        ctx.charts().seriesFromKey(fChart, series, "designer");
        ctx.charts().seriesFromKey(rChart, series, "designer");
        rep.summary("PPO is trained once (seed " + cfg.seed() + ", " + episodes + " episodes) on random states and then asked "
                + "for a menu for each printed state (greedy mean action). The exact optimum is the contract-theory solution.");
        rep.compare("all learned menus meet IR and IC", allFeasible ? "yes" : "no", "implied", Report.Verdict.of(allFeasible));
        rep.image(fChart, "Fig. 2(b): update frequencies");
        rep.image(rChart, "Fig. 2(b): rewards");
    }

    /** Stable key order: state, ppo, optimal, then the rest (Map.of has no order). */
    private static Map<String, Object> sorted(Map<String, Object> row) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String k : List.of("state", "ppo", "optimal", "rel_gap", "within_tolerance")) out.put(k, order(row.get(k)));
        return out;
    }

    private static Object order(Object v) {
        if (!(v instanceof Map<?, ?> m)) return v;
        Map<String, Object> out = new LinkedHashMap<>();
        for (String k : List.of("f", "r", "U_B", "feasible", "device_utility", "violations")) if (m.containsKey(k)) out.put(k, m.get(k));
        return out;
    }

    private static double[] flatten(List<Map<String, Object>> rows, String who, String key) {
        List<Double> out = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            @SuppressWarnings("unchecked")
            Map<String, Object> m = (Map<String, Object>) row.get(who);
            for (double v : (double[]) m.get(key)) out.add(v);
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
