package io.aigcnet.chain.sim.faults;

import java.util.List;

/**
 * What one schedule did and every property it broke (empty = all held).
 *
 * @param finalisedAtQuiet highest height finalised by any node when the faults ended
 * @param finalisedAtEnd lowest height finalised by any node at the end
 */
public record ScheduleOutcome(long seed, List<String> violations, long finalisedAtQuiet, long finalisedAtEnd,
        long transactionsFinalised, long statementsSeen) {
    public ScheduleOutcome {
        violations = List.copyOf(violations);
    }

    public boolean ok() {
        return violations.isEmpty();
    }
}
