package io.aigcnet.ledger.layer2fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

/**
 * Jazzer fuzzing of the layer-2 decoders: regression mode under {@code mvn verify}; the long run is
 * {@code JAZZER_FUZZ=1 ./mvnw -o -pl aigcnet-ledger -am test -Dtest=Layer2DecoderFuzzTest -Djazzer.max_duration=10m}.
 * A jqwik property runs random inputs on every build as well.
 */
class Layer2DecoderFuzzTest {
    @FuzzTest(maxDuration = "30s")
    void everyLayer2Decoder(byte[] bytes) {
        Layer2Decoders.decodeAll(bytes);
    }

    @Property(tries = 2000)
    void randomBytesAreRejectedOrRoundTrip(@ForAll @Size(max = 600) byte[] bytes) {
        Layer2Decoders.decodeAll(bytes);
    }
}
