package io.aigcnet.lifecycle.live;

import java.util.ArrayList;
import java.util.List;

/**
 * An open-loop offered load: {@code steps} equal steps over {@code durationS} seconds, the first at
 * {@code startRate} registrations per second and each next one at twice the rate before it (one step: a
 * constant rate). Offers are evenly spaced within a step; the offer time, not the moment the client got
 * round to sending, starts a registration's clock, so a client that falls behind cannot hide latency.
 */
public record LoadSchedule(double durationS, double startRate, int steps) {
    public LoadSchedule {
        if (!(durationS >= 2 && durationS <= 300)) {
            throw new IllegalArgumentException("--duration must be in [2, 300] seconds, got " + durationS);
        }
        if (!(startRate > 0 && startRate <= 10_000)) {
            throw new IllegalArgumentException("--rate must be in (0, 10000] registrations per second, got " + startRate);
        }
        if (steps < 1 || steps > 10) {
            throw new IllegalArgumentException("--steps must be in [1, 10], got " + steps);
        }
        if (durationS / steps < 1) {
            throw new IllegalArgumentException("--duration / --steps must leave at least 1 s per step, got "
                    + durationS + " s / " + steps);
        }
    }

    public double stepSeconds() {
        return durationS / steps;
    }

    public double rate(int step) {
        return startRate * Math.pow(2, step);
    }

    /** Offers in step {@code step}: the rate times the step length, rounded. */
    public int offers(int step) {
        return (int) Math.round(rate(step) * stepSeconds());
    }

    public int totalOffers() {
        int n = 0;
        for (int k = 0; k < steps; k++) {
            n += offers(k);
        }
        return n;
    }

    /** One offer: its index, its step and its time in seconds after the start of the timed part. */
    public record Offer(int index, int step, double atS) {
    }

    public List<Offer> offerTimes() {
        List<Offer> out = new ArrayList<>(totalOffers());
        for (int k = 0; k < steps; k++) {
            int n = offers(k);
            for (int j = 0; j < n; j++) {
                out.add(new Offer(out.size(), k, k * stepSeconds() + j / rate(k)));
            }
        }
        return out;
    }
}
