package io.aigcnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {
    @TempDir Path out;

    @Test
    void demoRunsTheServiceRoundAndWritesReport() {
        CliTest.Result r = CliTest.run("demo", "--out", out.toString(), "--seed", "3", "--quick");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("MASP").contains("roll-ups on chain").contains("Wrote");
        for (String f : new String[] {"report.md", "reputation.png", "throughput.png", "ledger.png", "channel_latency.png",
                "result.json", "reputation.csv"})
            assertThat(out.resolve("demo/" + f)).isRegularFile();
        assertThat(out.resolve("demo/result.json")).content().contains("service_rounds").contains("rollups_on_chain");
        // rounds pay the exact optimal contract of each round's state; the report names it and both sides' utilities
        assertThat(r.out()).contains("Payment contract: exact optimal contract").contains("mean client utility U_C");
        assertThat(out.resolve("demo/result.json")).content().contains("\"mean_masp_utility\"");
    }

    @Test
    void theFixedContractIsAChoiceAndABadCheckpointIsAUsageError() {
        CliTest.Result r = CliTest.run("demo", "--out", out.toString(), "--seed", "3", "--seconds", "30", "--clients", "1",
                "--contract", "fixed");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Payment contract: fixed contract mu_s = 40.00, F_s = 20.00");
        CliTest.Result bad = CliTest.run("demo", "--out", out.toString(), "--contract", out.resolve("nope.json").toString());
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("--contract").contains("nope.json");
    }

    @Test
    void reportCommandRepeatsTheRunAndChartsAreLegible() throws Exception {
        CliTest.Result r = CliTest.run("demo", "--out", out.toString(), "--seed", "4", "--seconds", "30", "--clients", "1");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(out.resolve("demo/report.md")).content()
                .contains("Command: `aigcnet demo --seed 4 --seconds 30 --clients 1 --contract optimal --out " + out + "`");
        // the harness renders the charts and checks units, legends and CSV series (ChartChecks)
        var run = io.aigcnet.core.experiment.ExperimentHarness.run(new DemoScenario(30, 1, new java.io.PrintWriter(java.io.Writer.nullWriter())),
                4, false, null);
        assertThat(run.outcome().charts()).extracting(c -> c.file())
                .contains("reputation.png", "throughput.png", "ledger.png", "channel_latency.png");
    }

    @Test
    void badArgumentsExit2() {
        assertThat(CliTest.run("demo", "--seconds", "5", "--out", out.toString()).code()).isEqualTo(2);
        assertThat(CliTest.run("demo", "--clients", "0", "--out", out.toString()).code()).isEqualTo(2);
    }

    @Test
    void dashboardRefusesABadOrBusyPortWithExit2() throws Exception {
        CliTest.Result low = CliTest.run("demo", "--dashboard", "--port", "80");
        assertThat(low.code()).isEqualTo(2);
        assertThat(low.err()).contains("--port");
        try (java.net.ServerSocket busy = new java.net.ServerSocket()) {
            busy.bind(new java.net.InetSocketAddress("127.0.0.1", 0));
            int port = busy.getLocalPort() + 1; // node 0's peer port (PORT-1) is the busy one
            CliTest.Result r = CliTest.run("demo", "--dashboard", "--port", Integer.toString(port));
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.err()).contains("port " + busy.getLocalPort()).contains("already in use");
        }
    }

    @Test
    void spearmanByHand() {
        assertThat(DemoScenario.spearman(new double[] {1, 2, 3}, new double[] {10, 20, 30})).isEqualTo(1.0);
        assertThat(DemoScenario.spearman(new double[] {1, 2, 3}, new double[] {3, 2, 1})).isEqualTo(-1.0);
        // ties get average ranks: a = (1, 2.5, 2.5, 4) vs b = (1, 2, 3, 4): 1 - 6Σd²/(n(n²-1)) is exact only
        // without ties; the Pearson-on-ranks value is 0.9486833 (= 3/sqrt(10)), computed by hand.
        assertThat(DemoScenario.spearman(new double[] {1, 5, 5, 9}, new double[] {1, 2, 3, 4}))
                .isCloseTo(3 / Math.sqrt(10), org.assertj.core.api.Assertions.within(1e-12));
    }
}
