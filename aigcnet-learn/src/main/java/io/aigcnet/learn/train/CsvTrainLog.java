package io.aigcnet.learn.train;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** A long-format CSV training log: {@code step,key,value}, one row per record, flushed on close. */
public final class CsvTrainLog implements TrainLog, Closeable {
    private final BufferedWriter out;
    private final Path path;

    public CsvTrainLog(Path path) throws IOException {
        this.path = path;
        if (path.getParent() != null) Files.createDirectories(path.getParent());
        this.out = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
        out.write("step,key,value\n");
    }

    @Override public void record(long step, String key, double value) {
        try {
            out.write(step + "," + key + "," + String.format(Locale.ROOT, "%.6g", value) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("writing training log " + path, e);
        }
    }

    @Override public void close() throws IOException { out.close(); }
}
