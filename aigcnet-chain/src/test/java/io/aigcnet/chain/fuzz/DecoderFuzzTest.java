package io.aigcnet.chain.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing of every decoder with Jazzer. Under {@code mvn verify} Jazzer's JUnit
 * integration runs it in regression mode (the empty input plus any corpus in
 * {@code src/test/resources/io/aigcnet/chain/fuzz/DecoderFuzzTestInputs/}), which is the short run. The
 * long run is:
 * {@code JAZZER_FUZZ=1 ./mvnw -o -pl aigcnet-chain -am test -Dtest=DecoderFuzzTest -Dsurefire.failIfNoSpecifiedTests=false} (it stops after 10^6 inputs or 30 minutes)
 * (see the module README).
 */
class DecoderFuzzTest {
    @FuzzTest(maxDuration = "30m", maxExecutions = 1_000_000)
    void everyDecoder(byte[] bytes) {
        Decoders.decodeAll(bytes);
    }
}
