package io.aigcnet.mechanism.qoe.experiment;

import io.aigcnet.core.experiment.ExperimentContext;
import io.aigcnet.core.progress.Progress;
import io.aigcnet.core.rng.RngStreams;
import io.aigcnet.mechanism.qoe.fixture.GeneratorSettings;
import io.aigcnet.mechanism.qoe.fixture.InstanceGenerator;
import io.aigcnet.mechanism.qoe.fixture.InstanceGenerator.Physical;
import io.aigcnet.mechanism.qoe.leader.DualPerturbation;
import io.aigcnet.mechanism.qoe.leader.Outcome;
import io.aigcnet.mechanism.qoe.model.QoeInstance;
import io.aigcnet.mechanism.qoe.scheme.BaselineSettings;
import io.aigcnet.mechanism.qoe.scheme.Scheme;
import io.aigcnet.mechanism.qoe.scheme.SchemeMetrics;
import io.aigcnet.mechanism.qoe.scheme.SchemeSolver;
import java.util.ArrayList;
import java.util.List;

/**
 * The M sweep (N fixed) and the N sweep (M fixed) of Figs. 6–8. Each run draws one instance of
 * the largest size and every sweep point uses its leading N×M block (common random numbers, so
 * points differ only by the added users or providers), with the same R^(0) block for every game
 * scheme. Metrics are averaged over runs per point and scheme.
 */
final class SweepRunner {

    /** metrics[point][scheme] averaged over runs, for the M sweep and the N sweep. */
    record Result(int[] mus, int[] asps, SchemeMetrics[][] byMu, SchemeMetrics[][] byAsp, List<Scheme> schemes,
            ConvergenceTally convergence) {
    }

    private SweepRunner() {
    }

    static Result run(ExperimentContext ctx, GeneratorSettings genSettings, AlgorithmSettings alg,
            BaselineSettings baselines, int[] mus, int[] asps, int fixedAsps, int fixedMus, int runs, List<Scheme> schemes) {
        int maxN = fixedAsps;
        for (int n : asps) {
            maxN = Math.max(maxN, n);
        }
        int maxM = fixedMus;
        for (int m : mus) {
            maxM = Math.max(maxM, m);
        }
        InstanceGenerator gen = new InstanceGenerator(genSettings);
        SchemeSolver solver = new SchemeSolver(alg.toConfig(), baselines);
        List<List<List<SchemeMetrics>>> byMu = empty(mus.length, schemes.size());
        List<List<List<SchemeMetrics>>> byAsp = empty(asps.length, schemes.size());
        ConvergenceTally tally = new ConvergenceTally();
        try (Progress progress = ctx.progress("qoe sweeps", (long) runs * (mus.length + asps.length))) {
            for (int r = 0; r < runs; r++) {
                RngStreams rng = ctx.rng().child("run-" + r);
                Physical big = gen.generate(maxN, maxM, rng.stream("env"));
                double[][] start = DualPerturbation.randomStart(big.toInstance(), rng.stream("init"));
                for (int i = 0; i < mus.length; i++) {
                    solvePoint(solver, big.leading(fixedAsps, mus[i]), start, schemes, byMu.get(i), tally);
                    progress.step(1);
                }
                for (int i = 0; i < asps.length; i++) {
                    solvePoint(solver, big.leading(asps[i], fixedMus), start, schemes, byAsp.get(i), tally);
                    progress.step(1);
                }
            }
        }
        return new Result(mus, asps, average(byMu), average(byAsp), schemes, tally);
    }

    private static void solvePoint(SchemeSolver solver, Physical p, double[][] bigStart, List<Scheme> schemes,
            List<List<SchemeMetrics>> sink, ConvergenceTally tally) {
        QoeInstance inst = p.toInstance();
        double[][] start = new double[inst.aspCount()][];
        for (int n = 0; n < start.length; n++) {
            start[n] = java.util.Arrays.copyOf(bigStart[n], inst.muCount());
        }
        for (int s = 0; s < schemes.size(); s++) {
            Outcome o = solver.solve(schemes.get(s), inst, start);
            if (schemes.get(s).usesRewardGame()) {
                tally.add(o);
            }
            sink.get(s).add(SchemeMetrics.of(inst, o));
        }
    }

    private static List<List<List<SchemeMetrics>>> empty(int points, int schemes) {
        List<List<List<SchemeMetrics>>> out = new ArrayList<>();
        for (int i = 0; i < points; i++) {
            List<List<SchemeMetrics>> row = new ArrayList<>();
            for (int s = 0; s < schemes; s++) {
                row.add(new ArrayList<>());
            }
            out.add(row);
        }
        return out;
    }

    private static SchemeMetrics[][] average(List<List<List<SchemeMetrics>>> raw) {
        SchemeMetrics[][] out = new SchemeMetrics[raw.size()][];
        for (int i = 0; i < raw.size(); i++) {
            out[i] = new SchemeMetrics[raw.get(i).size()];
            for (int s = 0; s < out[i].length; s++) {
                out[i][s] = SchemeMetrics.average(raw.get(i).get(s));
            }
        }
        return out;
    }
}
