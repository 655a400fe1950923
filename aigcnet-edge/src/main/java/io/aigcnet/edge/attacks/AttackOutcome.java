package io.aigcnet.edge.attacks;

/**
 * One attack of ProSecutor Table II, run with its defence and without it.
 *
 * @param name        result key, e.g. {@code fifty_one_percent}
 * @param attack      the attack as the paper names it
 * @param defence     the defence as the paper names it, and what removing it means here
 * @param unit        unit of the metric
 * @param description what the metric measures
 * @param criterion   when a run counts as defended (fixed before the runs)
 * @param higherIsBetter true when a larger metric means the defence held (finality kept, compute invested)
 * @param limits      what in the model limits the defence (empty when nothing does), shown when it does not hold
 * @param on          the run with the defence
 * @param off         the run with the defence removed (the baseline)
 */
public record AttackOutcome(String name, String attack, String defence, String unit, String description, String criterion,
        boolean higherIsBetter, String limits, Trial on, Trial off) {
    /** True when the defence stops the attack and removing it lets the attack through. */
    public boolean defenceMatters() {
        return on.defended() && !off.defended();
    }
}
