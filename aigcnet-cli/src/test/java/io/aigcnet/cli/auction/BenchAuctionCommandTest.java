package io.aigcnet.cli.auction;

import static org.assertj.core.api.Assertions.assertThat;

import io.aigcnet.cli.ExperimentCatalog;
import io.aigcnet.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The benchmark runs and prints its numbers (no timing is asserted); the experiment is in the catalog. */
class BenchAuctionCommandTest {
    @Test
    void benchRunsASmallRound() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.newCommandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        assertThat(cl.execute("bench", "auction", "--avs", "8", "--traffic", "5", "--rounds", "20", "--instances", "3"))
                .as(err.toString()).isZero();
        assertThat(out.toString()).contains("MTEPViSA round, 8 AVs, 5 traffic simulators").contains("per round: median");
        assertThat(cl.execute("bench", "auction", "--mechanism", "omniscient")).isEqualTo(2);
    }

    @Test
    void experimentIsRegistered() {
        assertThat(ExperimentCatalog.find("survey-vehicular-auction")).isPresent();
    }
}
