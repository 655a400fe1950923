package io.aigcnet.chain.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.aigcnet.chain.crypto.KeyPair;
import io.aigcnet.chain.live.NodeConfig;
import io.aigcnet.core.config.ConfigLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** examples/node.yaml loads, validates, and names the address its key really has. */
class ExampleNodeConfigTest {
    @Test
    void theExampleNodeConfigIsValidAndConsistent() throws Exception {
        NodeConfig c = ConfigLoader.load(Path.of("..", "examples", "node.yaml"), NodeConfig.class, NodeConfig.defaults());
        String address = KeyPair.fromSeedHex(c.keySeedHex()).address().hex();
        assertThat(c.superNodes()).containsExactly(address);
        assertThat(c.peers()).singleElement().satisfies(p -> {
            assertThat(p.address()).isEqualTo(address);
            assertThat(p.httpPort()).isEqualTo(c.httpPort());
            assertThat(p.port()).isEqualTo(c.listenPort());
        });
    }
}
