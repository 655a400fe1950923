package io.aigcnet.mechanism.qoe.leader;

/**
 * The perturbation step Δ_t of Algorithm 1 (seed 003 Sec. V-C): a constant Δ̂ (equivalently the
 * quantisation (R^max − R^min)/L of Appendix A), the diminishing u/t of Theorem 4 (i), or our
 * per-reward {@link AdaptiveStep} (not in the paper; the default, because it reaches the same
 * fixed point exactly in far fewer iterations).
 */
public interface StepSchedule {

    /** Δ_t for iteration t ≥ 1. */
    double step(int t);

    /** The spelling accepted by {@link #parse}. */
    String describe();

    static StepSchedule constant(double step) {
        if (!(step > 0) || !Double.isFinite(step)) {
            throw new IllegalArgumentException("constant step must be positive, got " + step);
        }
        return new StepSchedule() {
            @Override
            public double step(int t) {
                return step;
            }

            @Override
            public String describe() {
                return "constant:" + step;
            }
        };
    }

    // QoE seed 003 Sec. V-C-3: Δ_t = u / t
    static StepSchedule diminishing(double u) {
        if (!(u > 0) || !Double.isFinite(u)) {
            throw new IllegalArgumentException("diminishing step u must be positive, got " + u);
        }
        return new StepSchedule() {
            @Override
            public double step(int t) {
                return u / t;
            }

            @Override
            public String describe() {
                return "diminishing:" + u;
            }
        };
    }

    /** A per-reward adaptive step starting at {@code initial} (see {@link AdaptiveStep}). */
    static StepSchedule adaptive(double initial) {
        return AdaptiveStep.of(initial);
    }

    /** Parses {@code constant:<Δ̂>}, {@code diminishing:<u>} or {@code adaptive:<Δ0>}. */
    static StepSchedule parse(String spec) {
        int colon = spec == null ? -1 : spec.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("step must be adaptive:<initial>, constant:<value> or diminishing:<u>, got "
                    + spec);
        }
        String kind = spec.substring(0, colon).trim();
        double v;
        try {
            v = Double.parseDouble(spec.substring(colon + 1).trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("step value must be a number, got " + spec, e);
        }
        switch (kind) {
            case "constant":
                return constant(v);
            case "diminishing":
                return diminishing(v);
            case "adaptive":
                return adaptive(v);
            default:
                throw new IllegalArgumentException("step kind must be adaptive, constant or diminishing, got " + kind);
        }
    }
}
