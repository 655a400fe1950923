package io.aigcnet.mechanism.contract.survey;

/** IR and IC of the survey's contract, checked independently of the solver: IC against a dense P_k grid. */
public final class SurveyIncentives {
    private SurveyIncentives() {}

    public static boolean individuallyRational(SharingLink link, SemanticContract c, double power) {
        return SharingUtilities.provider(link, c, power) >= link.params().agentThreshold() - link.params().tolerance();
    }

    public static double bestDeviation(SharingLink link, SemanticContract c) {
        SurveyParams p = link.params();
        int n = p.deviationGrid();
        double best = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) best = Math.max(best, SharingUtilities.provider(link, c, p.powerMax() * i / (n - 1)));
        return best;
    }

    public static boolean incentiveCompatible(SharingLink link, SemanticContract c, double power) {
        return SharingUtilities.provider(link, c, power) >= bestDeviation(link, c) - link.params().tolerance();
    }
}
