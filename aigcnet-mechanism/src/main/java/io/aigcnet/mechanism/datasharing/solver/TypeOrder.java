package io.aigcnet.mechanism.datasharing.solver;

import io.aigcnet.mechanism.datasharing.model.NetworkState;
import java.util.Comparator;
import java.util.stream.IntStream;

/** The permutation that sorts a state's types by increasing phi (stable), as the reduction requires. */
final class TypeOrder {

    private TypeOrder() {}

    /** order[i] = index (in the state) of the i-th smallest type. */
    static int[] ascendingPhi(NetworkState s) {
        return IntStream.range(0, s.types()).boxed()
                .sorted(Comparator.<Integer>comparingDouble(k -> s.phi(k)).thenComparingInt(k -> k))
                .mapToInt(Integer::intValue).toArray();
    }
}
