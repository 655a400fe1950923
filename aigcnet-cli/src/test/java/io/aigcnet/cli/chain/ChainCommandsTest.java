package io.aigcnet.cli.chain;

import static org.assertj.core.api.Assertions.assertThat;

import io.aigcnet.cli.Main;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChainCommandsTest {
    @TempDir
    Path dir;

    @Test
    void usageErrorsExitTwo() {
        assertThat(Main.execute("net", "down", "--dir", dir.toString())).isEqualTo(2);
        assertThat(Main.execute("bench", "chain", "--runtime", "sim")).isEqualTo(2);
        assertThat(Main.execute("tx", "send", "--node", "http://127.0.0.1:1", "--from-seed", "zz", "--to", "0x00",
                "--amount", "1", "--nonce", "1")).isEqualTo(2);
        assertThat(Main.execute("node", "--config", dir.resolve("missing.yaml").toString())).isEqualTo(2);
        assertThat(Main.execute("net", "up", "--nodes", "0", "--dir", dir.toString())).isEqualTo(2);
        assertThat(Main.execute("chain")).isEqualTo(2);
    }
}
