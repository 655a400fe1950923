package io.aigcnet.mechanism.contract.experiment;

import io.aigcnet.core.progress.Progress;
import io.aigcnet.mechanism.contract.ContractGame;
import io.aigcnet.mechanism.contract.Outcome;
import io.aigcnet.mechanism.contract.agent.ContractTraining;
import io.aigcnet.mechanism.contract.agent.LearnerKind;
import io.aigcnet.mechanism.contract.agent.LearnerSettings;
import io.aigcnet.mechanism.contract.env.StateBox;
import io.aigcnet.mechanism.contract.env.StateSource;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Trains every learner with every seed on one game and scores each trained policy's greedy contract on the
 * evaluation states; the exact optimum of each state is solved once. Shared by the training-curve and the
 * per-state figures.
 */
final class LearnerRuns {

    /** One trained (learner, seed): its evaluation curve and its outcome in each evaluation state. */
    record Run(LearnerKind kind, long seed, long[] steps, double[] curve, List<Outcome> outcomes, double seconds) {
        double finalReward() { return curve[curve.length - 1]; }
    }

    final List<double[]> states;
    final List<Outcome> optimal;
    final Map<LearnerKind, List<Run>> runs = new EnumMap<>(LearnerKind.class);

    private LearnerRuns(List<double[]> states, List<Outcome> optimal) {
        this.states = states;
        this.optimal = optimal;
    }

    static LearnerRuns run(ContractGame game, StateBox box, List<double[]> states, LearnerSettings s, long steps, long[] seeds,
                           Progress progress) {
        List<Outcome> optimal = new ArrayList<>();
        for (double[] e : states) optimal.add(game.solve(e));
        LearnerRuns out = new LearnerRuns(states, optimal);
        for (LearnerKind k : LearnerKind.values()) {
            List<Run> list = new ArrayList<>();
            for (long seed : seeds) {
                long t0 = System.nanoTime();
                try (ContractTraining.Trained t = ContractTraining.train(k, game, box, StateSource.random(box), states, s, steps, seed,
                        progress)) {
                    List<Outcome> outcomes = new ArrayList<>();
                    for (double[] e : states) outcomes.add(game.evaluate(e, t.designer().design(e)));
                    list.add(new Run(k, seed, t.steps(), t.evalReward(), outcomes, (System.nanoTime() - t0) / 1e9));
                }
            }
            out.runs.put(k, list);
        }
        return out;
    }

    /** Mean reward of the exact optimum over the evaluation states (what a perfect policy's evaluation returns). */
    double optimalReward(ContractGame game) {
        double s = 0;
        for (Outcome o : optimal) s += game.reward(o);
        return s / optimal.size();
    }

    double[] finalRewards(LearnerKind k) {
        return runs.get(k).stream().mapToDouble(Run::finalReward).toArray();
    }

    /** Per-seed values of {@code f} at state i. */
    double[] perSeed(LearnerKind k, int state, java.util.function.ToDoubleFunction<Outcome> f) {
        return runs.get(k).stream().mapToDouble(r -> f.applyAsDouble(r.outcomes().get(state))).toArray();
    }

    boolean allSeeds(LearnerKind k, int state, java.util.function.Predicate<Outcome> p) {
        return runs.get(k).stream().allMatch(r -> p.test(r.outcomes().get(state)));
    }

    static double mean(double[] v) {
        double s = 0;
        for (double x : v) s += x;
        return s / v.length;
    }

    /** Sample standard deviation (0 for one value). */
    static double std(double[] v) {
        if (v.length < 2) return 0;
        double m = mean(v), s = 0;
        for (double x : v) s += (x - m) * (x - m);
        return Math.sqrt(s / (v.length - 1));
    }

    /** 100·(optimum − ours)/|optimum|: the gap of a learned contract to the exact optimum, in percent. */
    static double gapPct(double optimum, double ours) {
        return 100 * (optimum - ours) / Math.abs(optimum);
    }
}
