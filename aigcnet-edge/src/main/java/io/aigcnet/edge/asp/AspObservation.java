package io.aigcnet.edge.asp;

/**
 * AGOD's state: for each ASP [total_t / capacity_max, available_t / total_t], then for the task
 * [t / steps_max, runtime(t) / runtime(steps_max)]; 2·N + 2 numbers in [0, 1].
 */
public final class AspObservation {
    private AspObservation() {}

    public static int dimension(int numAsps) { return 2 * numAsps + 2; }

    public static double[] of(AspView view, AspTask task, AspSetup s) {
        int n = view.size();
        double[] obs = new double[dimension(n)];
        for (int i = 0; i < n; i++) {
            obs[2 * i] = view.totalT(i) / (double) s.capacityMax();
            obs[2 * i + 1] = view.availableT(i) / (double) view.totalT(i);
        }
        obs[2 * n] = task.t() / (double) s.stepsMax();
        obs[2 * n + 1] = task.runtimeS() / AspModel.runtimeSeconds(s.stepsMax());
        return obs;
    }
}
