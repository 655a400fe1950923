package io.aigcnet.mechanism.contract.prosecutor;

import io.aigcnet.mechanism.contract.StateCsv;
import java.util.List;
import java.util.Locale;

/**
 * ProSecutor's 12-component environment state e = {S_p, b̄, 𝒟_t, S_b, |ℳ|, k̄, p_b, E(ℒ), λ, ε̄, r, ζ}
 * (Sec. VI-B). The paper lists |𝒞| where 𝒯_b uses |ℳ| (A-17); the fifth component is the number of MASPs.
 *
 * @param outputSize      S_p, size of the AIGC output (MB)
 * @param bandwidth       b̄, average bandwidth (MB/s)
 * @param difficulty      𝒟_t, task difficulty (TFLOP)
 * @param blockCapacity   S_b, transactions per anchor block (an integer)
 * @param masps           |ℳ|, number of MASPs in the Kademlia overlay (an integer >= 2)
 * @param neighbours      k̄, average neighbours per MASP
 * @param rebroadcast     p_b, probability that a MASP honestly rebroadcasts
 * @param meanQueueLength E(ℒ), monitored mean transaction-pool length (transactions)
 * @param blockRate       λ, anchor blocks per second
 * @param roi             ε̄, the client's average return on investment
 * @param computeCost     r, the MASP's unit cost of compute (tokens per TFLOP/s per second)
 * @param round           ζ, the index of this service round between the pair (>= 1)
 */
public record MarketState(double outputSize, double bandwidth, double difficulty, double blockCapacity, double masps,
                          double neighbours, double rebroadcast, double meanQueueLength, double blockRate, double roi,
                          double computeCost, double round) {

    public static final List<String> NAMES = List.of("S_p", "b", "D_t", "S_b", "M", "k", "p_b", "E_L", "lambda", "eps", "r",
            "zeta");

    public MarketState {
        positive("S_p (output size, MB)", outputSize);
        positive("b (bandwidth, MB/s)", bandwidth);
        positive("D_t (difficulty, TFLOP)", difficulty);
        integer("S_b (block capacity, transactions)", blockCapacity, 1);
        integer("M (number of MASPs)", masps, 2);
        positive("k (mean neighbours)", neighbours);
        if (!(rebroadcast > 0 && rebroadcast <= 1)) throw bad("p_b (rebroadcast probability)", rebroadcast, "in (0, 1]");
        positive("E_L (mean queue length, transactions)", meanQueueLength);
        positive("lambda (blocks per second)", blockRate);
        if (!(roi > -1) || Double.isInfinite(roi)) throw bad("eps (return on investment)", roi, "a finite number > -1");
        if (!(computeCost >= 0) || Double.isInfinite(computeCost)) throw bad("r (compute cost)", computeCost, "a finite number >= 0");
        if (!(round >= 1) || Double.isInfinite(round)) throw bad("zeta (round index)", round, "a finite number >= 1");
    }

    /** The 12 values in paper order. */
    public static MarketState of(double[] e) {
        if (e == null || e.length != NAMES.size())
            throw new IllegalArgumentException("the ProSecutor state needs 12 values " + NAMES + ", got " + (e == null ? 0 : e.length));
        return new MarketState(e[0], e[1], e[2], e[3], e[4], e[5], e[6], e[7], e[8], e[9], e[10], e[11]);
    }

    /** Parses "S_p,b,D_t,S_b,M,k,p_b,E_L,lambda,eps,r,zeta". */
    public static MarketState parse(String csv) {
        return of(StateCsv.values(csv, NAMES));
    }

    public double[] toVector() {
        return new double[] {outputSize, bandwidth, difficulty, blockCapacity, masps, neighbours, rebroadcast, meanQueueLength,
                blockRate, roi, computeCost, round};
    }

    /** The reference state of the figures (docs/decisions.md: none is published). */
    public static MarketState reference() {
        return new MarketState(1.5, 10, 50, 2000, 8, 4, 0.9, 3000, 0.2, 0.2, 10, 3);
    }

    private static void positive(String name, double v) {
        if (!(v > 0) || Double.isInfinite(v)) throw bad(name, v, "a finite number > 0");
    }

    private static void integer(String name, double v, int min) {
        if (!(v >= min) || Double.isInfinite(v) || v != Math.rint(v)) throw bad(name, v, "an integer >= " + min);
    }

    private static IllegalArgumentException bad(String name, double v, String allowed) {
        return new IllegalArgumentException(String.format(Locale.ROOT, "%s = %s must be %s", name, v, allowed));
    }
}
