package io.aigcnet.edge.attacks;

/**
 * One run of one attack.
 *
 * @param metric   the attack's measured effect (its unit is the attack's)
 * @param defended whether the run meets the attack's defence criterion
 * @param detail   what happened, for the report
 */
public record Trial(double metric, boolean defended, String detail) {
}
