package io.aigcnet.learn.train;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

class CsvTrainLogTest {
    @Test void writesLongFormatRowsWithRootLocale(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("sub/log.csv");
        try (CsvTrainLog log = new CsvTrainLog(f)) {
            log.and(TrainLog.NONE).record(100, "eval/return", -123.456789);
            log.record(200, "ppo/entropy", 0.5);
        }
        assertThat(Files.readAllLines(f)).containsExactly("step,key,value", "100,eval/return,-123.457", "200,ppo/entropy,0.500000");
    }
}
