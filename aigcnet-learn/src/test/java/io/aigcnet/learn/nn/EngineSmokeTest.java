package io.aigcnet.learn.nn;

import ai.djl.ndarray.NDManager;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

class EngineSmokeTest {
    @Test void pytorchLoadsOfflineFromTheNativeJar() {
        // ai.djl.offline=true forbids downloads: loading succeeds only from pytorch-native-cpu on the classpath
        var engine = Torch.engine();
        assertThat(System.getProperty("ai.djl.offline")).isEqualTo("true");
        assertThat(engine.getEngineName()).isEqualTo("PyTorch");
        assertThat(engine.getVersion()).isEqualTo("2.5.1");
        try (NDManager m = engine.newBaseManager()) {
            assertThat(m.create(new float[]{1, 2}).sum().getFloat()).isEqualTo(3f);
        }
    }
}
