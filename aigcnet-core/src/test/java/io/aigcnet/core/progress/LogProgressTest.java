package io.aigcnet.core.progress;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

class LogProgressTest {
    @Test void lineShowsCountElapsedEstimateAndMessage() {
        AtomicLong now = new AtomicLong(0);
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        LogProgress p = new LogProgress("prosecutor-throughput", 12, new PrintStream(buf, true, StandardCharsets.UTF_8), now::get, null);
        assertThat(p.line()).isEqualTo("[progress] prosecutor-throughput: 0/12 (0%), 0s elapsed");
        p.step(3);
        p.message("w=1000");
        now.set(312_000_000_000L); // 5 min 12 s; 3 of 12 done -> 9 left at 104 s each = 15 min 36 s
        assertThat(p.line()).isEqualTo("[progress] prosecutor-throughput: 3/12 (25%), 5m 12s elapsed, ~15m 36s left (w=1000)");
        p.report();
        p.step(9);
        now.set(7_500_000_000_000L);
        assertThat(p.line()).isEqualTo("[progress] prosecutor-throughput: 12/12 (100%), 2h 5m elapsed (w=1000)");
        p.close();
        assertThat(buf.toString(StandardCharsets.UTF_8)).isEqualTo(
                "[progress] prosecutor-throughput: 3/12 (25%), 5m 12s elapsed, ~15m 36s left (w=1000)" + System.lineSeparator());
    }

    @Test void timerPrintsOnItsOwnAndStopsOnClose() throws InterruptedException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (LogProgress p = LogProgress.started("t", 2, new PrintStream(buf, true, StandardCharsets.UTF_8), 1)) {
            p.step();
            Thread.sleep(1_500);
        }
        String printed = buf.toString(StandardCharsets.UTF_8);
        assertThat(printed).startsWith("[progress] t: 1/2 (50%)");
        Thread.sleep(1_200);
        assertThat(buf.toString(StandardCharsets.UTF_8)).isEqualTo(printed);
    }
}
