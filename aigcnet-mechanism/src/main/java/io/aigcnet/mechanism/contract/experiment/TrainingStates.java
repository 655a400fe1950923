package io.aigcnet.mechanism.contract.experiment;

import io.aigcnet.mechanism.contract.env.StateBox;
import io.aigcnet.mechanism.contract.prosecutor.MarketState;
import io.aigcnet.mechanism.contract.survey.SharingState;
import java.util.List;

/**
 * The state distributions the learners train on and the evaluation states of the figures. None is published;
 * the boxes span roughly ±25–50 % around each model's reference state (docs/decisions.md).
 */
public final class TrainingStates {
    private TrainingStates() {}

    /** ProSecutor: S_p, b, D_t, S_b, M, k, p_b, E_L, lambda, eps, r, zeta. */
    public static StateBox prosecutorBox() {
        return new StateBox(new double[] {1, 6, 35, 1500, 4, 3, 0.8, 2000, 0.15, 0.1, 6, 1},
                new double[] {2, 14, 65, 2500, 16, 5, 1.0, 4000, 0.25, 0.3, 14, 5},
                new boolean[] {false, false, false, true, true, false, false, false, false, false, false, false});
    }

    /** Fig. 9(b)'s market states: the reference, a slow-link costly-compute market, a fast cheap one, a late-round one. */
    public static List<double[]> prosecutorStates() {
        return List.of(MarketState.reference().toVector(),
                new double[] {2.0, 7, 60, 1800, 12, 3.5, 0.85, 3500, 0.18, 0.15, 13, 2},
                new double[] {1.2, 13, 40, 2400, 6, 4.5, 0.95, 2500, 0.24, 0.28, 7, 4},
                new double[] {1.8, 9, 55, 2000, 10, 4, 0.9, 2200, 0.2, 0.25, 9, 5});
    }

    /** Survey: c_s, c_p, D, beta, alpha, mu, sigma_N2, sigma_S2, v, P_I, eta, N, P_j. */
    public static StateBox surveyBox() {
        return new StateBox(new double[] {300, 70, 15, 2.8, 1.5, 0.75, 0.5e-9, 0.5e-3, 0.5e-3, 0.5e-7, 0.5, 1, 0.1},
                new double[] {500, 130, 25, 3.2, 2.5, 1.5, 2e-9, 1.5e-3, 2e-3, 1.5e-7, 1, 5, 0.3},
                new boolean[] {false, false, false, false, false, false, false, false, false, false, false, true, false});
    }

    /** Test states for the survey's training curve: the fixed state of Fig. 13(b) and three more. */
    public static List<double[]> surveyStates() {
        return List.of(SharingState.reference().toVector(),
                new double[] {350, 120, 23, 3.1, 1.8, 0.9, 1.5e-9, 1.2e-3, 1.5e-3, 1.2e-7, 0.7, 4, 0.25},
                new double[] {480, 80, 17, 2.9, 2.2, 1.3, 0.8e-9, 0.8e-3, 0.8e-3, 0.7e-7, 0.9, 2, 0.15},
                new double[] {420, 100, 20, 3.0, 2.0, 1.0, 1e-9, 1e-3, 1e-3, 1e-7, 0.6, 3, 0.2});
    }
}
