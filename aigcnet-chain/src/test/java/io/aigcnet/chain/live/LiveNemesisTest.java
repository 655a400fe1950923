package io.aigcnet.chain.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A short live nemesis: four node processes under load, nodes killed with -9 and frozen with SIGSTOP, then
 * the checker. The long run is {@code aigcnet net nemesis} (docs/reliability.md).
 */
@Tag("live")
class LiveNemesisTest {
    @TempDir
    Path dir;

    @Test
    void killedAndFrozenNodesNeverDivergeNorLoseAcknowledgedTransactions() throws Exception {
        int base = LocalNetwork.freeBasePort(4);
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx192m", "-cp",
                System.getProperty("java.class.path"), NodeMain.class.getName());
        List<String> log = new ArrayList<>();
        LiveNemesis.Outcome o = new LiveNemesis(new LiveNemesis.Settings(4, base, 500, 14, 40, 3, 1, 5), cmd, dir,
                log::add).run();
        assertThat(o.violations()).as("checker findings; nemesis log: " + log).isEmpty();
        assertThat(o.events()).as("faults injected").hasSizeGreaterThanOrEqualTo(2);
        assertThat(o.acknowledged()).as("transactions acknowledged as finalised during the faults").isPositive();
        assertThat(o.acknowledgementsChecked()).isEqualTo(o.acknowledged());
    }
}
