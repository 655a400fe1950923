package io.aigcnet.layer2.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Jazzer fuzzing of the layer-2 decoders: regression mode under {@code mvn verify}; the long run is
 * {@code JAZZER_FUZZ=1 ./mvnw -o -pl aigcnet-layer2 -am test -Dtest=Layer2DecoderFuzzTest -Dsurefire.failIfNoSpecifiedTests=false} (it stops after 10^6 inputs or 30 minutes).
 * {@link Layer2DecoderPropertyTest} runs random inputs on every build as well.
 */
class Layer2DecoderFuzzTest {
    @FuzzTest(maxDuration = "30m", maxExecutions = 1_000_000)
    void everyLayer2Decoder(byte[] bytes) {
        Layer2Decoders.decodeAll(bytes);
    }
}
