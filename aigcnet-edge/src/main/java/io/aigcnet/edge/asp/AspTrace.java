package io.aigcnet.edge.asp;

import java.util.List;

/** A replayable case: the ASPs and the tasks in arrival order. */
public record AspTrace(List<AspProfile> asps, List<AspTask> tasks) {
    public AspTrace {
        asps = List.copyOf(asps);
        tasks = List.copyOf(tasks);
    }
}
