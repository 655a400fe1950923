package io.aigcnet.layer2.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Jazzer fuzzing of the layer-2 decoders: regression mode under {@code mvn verify}; the long run is
 * {@code JAZZER_FUZZ=1 ./mvnw -o -pl aigcnet-layer2 -am test -Dtest=Layer2DecoderFuzzTest -Djazzer.max_duration=10m}.
 * {@link Layer2DecoderPropertyTest} runs random inputs on every build as well.
 */
class Layer2DecoderFuzzTest {
    @FuzzTest(maxDuration = "30s")
    void everyLayer2Decoder(byte[] bytes) {
        Layer2Decoders.decodeAll(bytes);
    }
}
