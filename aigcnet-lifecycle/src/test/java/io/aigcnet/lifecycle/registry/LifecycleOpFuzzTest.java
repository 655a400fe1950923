package io.aigcnet.lifecycle.registry;

import io.aigcnet.chain.codec.DecodeException;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Arrays;

/**
 * Jazzer fuzzing of the Proof-of-AIGC operation decoder (the payload of every lifecycle transaction, which
 * any client can put on chain). Regression mode under {@code mvn verify}; the deep run stops after 10^6
 * inputs: {@code JAZZER_FUZZ=1 ./mvnw -o -pl aigcnet-lifecycle -am test -Dtest=LifecycleOpFuzzTest
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class LifecycleOpFuzzTest {
    @FuzzTest(maxDuration = "30m", maxExecutions = 1_000_000)
    void lifecycleOperation(byte[] bytes) {
        try {
            LifecycleOp op = LifecycleOp.decode(bytes);
            if (!Arrays.equals(LifecycleOp.encode(op), bytes)) {
                throw new AssertionError("lifecycle op: decode/encode is not the identity for " + op);
            }
        } catch (DecodeException expected) {
            // malformed input, reported with the field name
        }
    }
}
