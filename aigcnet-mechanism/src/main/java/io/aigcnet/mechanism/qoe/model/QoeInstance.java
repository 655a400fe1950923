package io.aigcnet.mechanism.qoe.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A full game instance in workload form: N providers, M users, and one {@link PairLoad} for
 * every (n, m), since every user is served by every provider in parallel (seed 003 Sec. III-A).
 * Index order is always [n][m]: provider rows, user columns.
 */
public final class QoeInstance {

    private final List<Asp> asps;
    private final List<Mu> mus;
    private final PairLoad[][] loads;

    public QoeInstance(List<Asp> asps, List<Mu> mus, PairLoad[][] loads) {
        if (asps == null || asps.isEmpty()) {
            throw new IllegalArgumentException("asps: need at least one ASP");
        }
        if (mus == null || mus.isEmpty()) {
            throw new IllegalArgumentException("mus: need at least one MU");
        }
        if (loads == null || loads.length != asps.size()) {
            throw new IllegalArgumentException("pairs: need one row per ASP (" + asps.size() + "), got "
                    + (loads == null ? 0 : loads.length));
        }
        this.asps = List.copyOf(asps);
        this.mus = List.copyOf(mus);
        this.loads = new PairLoad[asps.size()][];
        for (int n = 0; n < loads.length; n++) {
            if (loads[n] == null || loads[n].length != mus.size()) {
                throw new IllegalArgumentException("pairs[" + n + "]: need one entry per MU (" + mus.size()
                        + "), got " + (loads[n] == null ? 0 : loads[n].length));
            }
            for (int m = 0; m < loads[n].length; m++) {
                if (loads[n][m] == null) {
                    throw new IllegalArgumentException("pairs[" + n + "][" + m + "] is missing");
                }
            }
            this.loads[n] = loads[n].clone();
        }
    }

    /** Converts a physical-form instance (ξ per provider, demands per pair) to workload form. */
    public static QoeInstance fromPhysical(List<PhysicalAsp> asps, List<Mu> mus, Demand[][] demands) {
        if (demands == null || demands.length != asps.size()) {
            throw new IllegalArgumentException("pairs: need one row per ASP (" + asps.size() + ")");
        }
        List<Asp> plain = new ArrayList<>();
        PairLoad[][] loads = new PairLoad[asps.size()][];
        for (int n = 0; n < asps.size(); n++) {
            plain.add(asps.get(n).asp());
            if (demands[n] == null || demands[n].length != mus.size()) {
                throw new IllegalArgumentException("pairs[" + n + "]: need one entry per MU (" + mus.size() + ")");
            }
            loads[n] = new PairLoad[mus.size()];
            for (int m = 0; m < mus.size(); m++) {
                loads[n][m] = demands[n][m].toLoad(asps.get(n).xi());
            }
        }
        return new QoeInstance(plain, mus, loads);
    }

    public int aspCount() {
        return asps.size();
    }

    public int muCount() {
        return mus.size();
    }

    public List<Asp> asps() {
        return asps;
    }

    public List<Mu> mus() {
        return mus;
    }

    public Asp asp(int n) {
        return asps.get(n);
    }

    public Mu mu(int m) {
        return mus.get(m);
    }

    public PairLoad load(int n, int m) {
        return loads[n][m];
    }

    /** Row n of compute workloads A_n· (a fresh array). */
    public double[] computeRow(int n) {
        double[] out = new double[mus.size()];
        for (int m = 0; m < out.length; m++) {
            out[m] = loads[n][m].a();
        }
        return out;
    }

    /** Row n of transmission workloads D_n· (a fresh array). */
    public double[] transmitRow(int n) {
        double[] out = new double[mus.size()];
        for (int m = 0; m < out.length; m++) {
            out[m] = loads[n][m].d();
        }
        return out;
    }

    public QoeInstance withLoad(int n, int m, PairLoad load) {
        PairLoad[][] copy = new PairLoad[loads.length][];
        for (int i = 0; i < loads.length; i++) {
            copy[i] = loads[i].clone();
        }
        copy[n][m] = load;
        return new QoeInstance(asps, mus, copy);
    }

    public QoeInstance withAsp(int n, Asp asp) {
        List<Asp> copy = new ArrayList<>(asps);
        copy.set(n, asp);
        return new QoeInstance(copy, mus, loads);
    }
}
