package io.aigcnet.mechanism.contract.env;

import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/** Where an environment's episodes start: random states from a box, or a fixed list visited in turn (evaluation). */
public interface StateSource {
    double[] next(UniformRandomProvider rng);

    static StateSource random(StateBox box) {
        return box::sample;
    }

    /** Cycles through {@code states} in order, ignoring the RNG: an evaluation over them is deterministic. */
    static StateSource cycle(List<double[]> states) {
        if (states.isEmpty()) throw new IllegalArgumentException("need at least one state");
        List<double[]> copy = states.stream().map(double[]::clone).toList();
        int[] next = {0};
        return rng -> {
            double[] e = copy.get(next[0]);
            next[0] = (next[0] + 1) % copy.size();
            return e.clone();
        };
    }
}
