package io.aigcnet.mechanism.contract.bench;

import io.aigcnet.learn.algo.diffusion.DiffusionAgent;
import io.aigcnet.learn.algo.ppo.PpoPolicy;
import io.aigcnet.learn.algo.sac.Sac;
import io.aigcnet.learn.policy.Policy;
import io.aigcnet.learn.train.Rngs;
import io.aigcnet.mechanism.contract.ContractGame;
import io.aigcnet.mechanism.contract.agent.LearnerSettings;
import io.aigcnet.mechanism.contract.agent.PolicyDesigner;
import io.aigcnet.mechanism.contract.env.ContractEnv;
import io.aigcnet.mechanism.contract.env.StateBox;
import io.aigcnet.mechanism.contract.env.StateSource;
import io.aigcnet.mechanism.contract.experiment.TrainingStates;
import io.aigcnet.mechanism.contract.prosecutor.ProsecutorGame;
import io.aigcnet.mechanism.contract.prosecutor.ProsecutorParams;
import io.aigcnet.mechanism.contract.survey.SurveyGame;
import io.aigcnet.mechanism.contract.survey.SurveyParams;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Exact solve time per state, one environment step (best response + IR/IC check), and the time one policy needs to
 * design a contract (greedy inference, the default network sizes; inference cost does not depend on training).
 * Each quantity is the median over {@code runs} repetitions after one warm-up; the clock is supplied by the caller.
 */
public final class ContractBenchmarks {
    /** One measured quantity in milliseconds per item. */
    public record Measurement(String name, double millisPerItem, String note) {}

    private final LongSupplier nanos;
    private final int runs;

    public ContractBenchmarks(LongSupplier nanoClock, int runs) {
        if (runs < 1) throw new IllegalArgumentException("benchmark runs must be >= 1, got " + runs);
        this.nanos = nanoClock;
        this.runs = runs;
    }

    public List<Measurement> all(long seed) {
        List<Measurement> out = new ArrayList<>();
        ProsecutorGame p = new ProsecutorGame(ProsecutorParams.defaults());
        SurveyGame s = new SurveyGame(SurveyParams.defaults());
        out.add(solve("ProSecutor exact solve per state", p, TrainingStates.prosecutorStates()));
        out.add(solve("survey exact solve per state", s, TrainingStates.surveyStates()));
        out.add(step("ProSecutor env step (best response + IR/IC)", p, TrainingStates.prosecutorStates()));
        out.add(step("survey env step (best response + IR/IC)", s, TrainingStates.surveyStates()));
        LearnerSettings ls5 = LearnerSettings.defaults(5), ls10 = LearnerSettings.defaults(10);
        out.addAll(inference("ProSecutor", p, TrainingStates.prosecutorBox(), TrainingStates.prosecutorStates(), ls5, seed));
        out.addAll(inference("survey", s, TrainingStates.surveyBox(), TrainingStates.surveyStates(), ls10, seed));
        return out;
    }

    Measurement solve(String name, ContractGame g, List<double[]> states) {
        double ms = median(() -> {
            for (double[] e : states) g.solve(e);
        }) / states.size();
        return new Measurement(name, ms, states.size() + " states, nested grid + golden refinement");
    }

    Measurement step(String name, ContractGame g, List<double[]> states) {
        int reps = 20;
        double[] contract = new double[2];
        double[][] box = g.contractBox();
        for (int j = 0; j < 2; j++) contract[j] = (box[0][j] + box[1][j]) / 2;
        double ms = median(() -> {
            for (int r = 0; r < reps; r++) for (double[] e : states) g.evaluate(e, contract);
        }) / (reps * states.size());
        return new Measurement(name, ms, "mid-box contract");
    }

    List<Measurement> inference(String model, ContractGame g, StateBox box, List<double[]> states, LearnerSettings ls, long seed) {
        ContractEnv env = new ContractEnv(g, box, StateSource.cycle(states));
        List<Measurement> out = new ArrayList<>();
        String sizes = ls.hidden() + "x" + ls.hidden();
        try (DiffusionAgent d = new DiffusionAgent(env.observationSpace(), env.actionSpace(), ls.diffusion(), Rngs.seeded(seed))) {
            out.add(infer(model + " diffusion policy inference (T = " + ls.diffusionSteps() + ")", d, env, states, sizes));
        }
        try (Sac sac = new Sac(env.observationSpace(), env.actionSpace(), ls.sac(), Rngs.seeded(seed))) {
            out.add(infer(model + " SAC policy inference", sac, env, states, sizes));
        }
        try (PpoPolicy ppo = new PpoPolicy(env.observationSpace(), env.actionSpace(), ls.ppo(), Rngs.seeded(seed))) {
            out.add(infer(model + " PPO policy inference", ppo, env, states, sizes));
        }
        return out;
    }

    private Measurement infer(String name, Policy policy, ContractEnv env, List<double[]> states, String sizes) {
        PolicyDesigner designer = new PolicyDesigner(policy, () -> { }, env.box(), env.codec());
        int reps = 50;
        double ms = median(() -> {
            for (int r = 0; r < reps; r++) for (double[] e : states) designer.design(e);
        }) / (reps * states.size());
        return new Measurement(name, ms, "hidden " + sizes + ", one state per call");
    }

    private double median(Runnable work) {
        work.run();
        double[] t = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = nanos.getAsLong();
            work.run();
            t[i] = (nanos.getAsLong() - t0) / 1e6;
        }
        Arrays.sort(t);
        return t[runs / 2];
    }
}
