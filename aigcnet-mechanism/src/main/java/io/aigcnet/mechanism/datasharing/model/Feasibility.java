package io.aigcnet.mechanism.datasharing.model;

import java.util.List;
import java.util.stream.Collectors;

/** Result of checking a contract menu against IR (eq. 8), IC (eq. 9) and the bounds of eq. (10). */
public record Feasibility(List<Violation> violations) {

    public Feasibility {
        violations = List.copyOf(violations);
    }

    public boolean feasible() {
        return violations.isEmpty();
    }

    /** One line naming each failed constraint, or "feasible". */
    public String describe() {
        return feasible() ? "feasible" : violations.stream().map(Violation::describe).collect(Collectors.joining("; "));
    }
}
