package io.aigcnet.edge.asp;

/** The fixed functions of the AGOD reference environment that the survey leaves out. */
public final class AspModel {
    /** Penalty unit of a crash (AGOD CRASH_PENALTY_COEF). */
    public static final double CRASH_PENALTY_COEF = 2.0;

    private AspModel() {}

    /** Runtime in seconds of a task needing {@code t} diffusion steps: (0.001 t² + 2.5 t − 14)·60 (AGOD RUNTIME). */
    public static double runtimeSeconds(double t) {
        return (0.001 * t * t + 2.5 * t - 14) * 60;
    }

    /**
     * Reward of a crash: −[c + Σ_running (1 − progress_i)·c], progress_i = (now − arrival_i)/runtime_i,
     * c = {@link #CRASH_PENALTY_COEF} (AGOD ServiceProvider.assign_task).
     */
    public static double crashPenalty(double[] progressOfRunning) {
        double p = CRASH_PENALTY_COEF;
        for (double pr : progressOfRunning) p += (1 - pr) * CRASH_PENALTY_COEF;
        return -p;
    }
}
