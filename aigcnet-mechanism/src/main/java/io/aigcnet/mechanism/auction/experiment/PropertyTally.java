package io.aigcnet.mechanism.auction.experiment;

import io.aigcnet.mechanism.auction.mechanism.DeviationSweep;

/** The incentive-property counts of one sweep (reported under {@code properties}). */
final class PropertyTally {
    final DeviationSweep.Tally online = new DeviationSweep.Tally();
    final DeviationSweep.Tally offlineSp = new DeviationSweep.Tally();
    final DeviationSweep.Tally offlineMsb = new DeviationSweep.Tally();
    final DeviationSweep.Tally critical = new DeviationSweep.Tally();
    long irTests;
    long irViolations;
    long exactnessTests;
    double exactnessMaxDiff;
    long rsuNegativeMsb;
    long rsuNegativePvisa;
    long rsuInstancesMsb;
}
