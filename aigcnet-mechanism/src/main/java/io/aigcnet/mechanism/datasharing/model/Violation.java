package io.aigcnet.mechanism.datasharing.model;

/**
 * One failed constraint of a contract menu, with the amount by which it fails ({@code shortfall}
 * &gt; 0). Types are numbered from 1, as in the paper.
 */
public sealed interface Violation permits Violation.IndividualRationality, Violation.IncentiveCompatibility,
        Violation.OutOfBounds {

    double shortfall();

    /** Human-readable reason, e.g. "IC(2->1): type 2 prefers item 1 by 0.003". */
    String describe();

    /** Eq. (8) fails: type k would refuse its item (u_k &lt; 0). */
    record IndividualRationality(int type, double shortfall) implements Violation {
        @Override public String describe() {
            return "IR(" + type + "): type " + type + " gets utility -" + shortfall + " < 0";
        }
    }

    /** Eq. (9) fails: type k strictly prefers item j to its own. */
    record IncentiveCompatibility(int type, int preferredItem, double shortfall) implements Violation {
        @Override public String describe() {
            return "IC(" + type + "->" + preferredItem + "): type " + type + " prefers item " + preferredItem + " by " + shortfall;
        }
    }

    /** Eq. (10)'s sign constraints, or f &gt; 1 (theta &lt; 1 slot), or an undefined QoD. */
    record OutOfBounds(int type, String what, double shortfall) implements Violation {
        @Override public String describe() {
            return "bounds(" + type + "): " + what;
        }
    }
}
