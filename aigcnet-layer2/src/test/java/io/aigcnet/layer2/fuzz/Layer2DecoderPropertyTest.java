package io.aigcnet.layer2.fuzz;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

/** Random inputs to every layer-2 decoder on every build (Jazzer's coverage-guided run is separate). */
class Layer2DecoderPropertyTest {
    @Property(tries = 500)
    void randomBytesAreRejectedOrRoundTrip(@ForAll @Size(max = 600) byte[] bytes) {
        Layer2Decoders.decodeAll(bytes);
    }
}
