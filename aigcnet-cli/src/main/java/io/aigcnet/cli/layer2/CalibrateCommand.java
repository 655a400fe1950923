package io.aigcnet.cli.layer2;

import io.aigcnet.core.runtime.sim.CostTable;
import io.aigcnet.layer2.cost.Calibration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Measures the CPU cost of every operation the simulated layer-2 experiments charge (sign, verify, hash, block
 * execution, opinion execution, tree leaf, roll-up entry, channel state) and writes the cost table they use.
 */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = "Measure per-operation CPU costs on this machine and write the cost table the simulated"
                + " ProSecutor experiments charge; prints the table as JSON.")
public final class CalibrateCommand implements Runnable {
    static final String DEFAULT_OUT = "aigcnet-chain/src/main/resources/io/aigcnet/chain/cost/cpu-costs.json";

    @Option(names = "--out", description = "where to write the table (default ${DEFAULT-VALUE}, the table the experiments"
            + " load when their config names none)")
    Path out = Path.of(DEFAULT_OUT);

    @Option(names = "--batches", description = "timed batches per operation; the median is kept (default ${DEFAULT-VALUE})")
    int batches = 5;

    @Override
    public void run() {
        if (batches < 1 || batches > 100) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--batches must be in [1, 100]");
        }
        String command = "aigcnet bench calibrate --batches " + batches + " --out " + out;
        CostTable t = new Calibration(batches, 1.0).measure(command, machine());
        String json = t.toJson();
        try {
            Path parent = out.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path tmp = Files.createTempFile(parent, "cpu-costs", ".tmp");
            Files.writeString(tmp, json, StandardCharsets.UTF_8);
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out, e);
        }
        System.out.print(json);
    }

    static String machine() {
        String cpu = "unknown CPU";
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    cpu = line.substring(line.indexOf(':') + 1).trim();
                    break;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: keep "unknown CPU"
        }
        return cpu + ", " + Runtime.getRuntime().availableProcessors() + " cores visible, Java "
                + System.getProperty("java.version") + ", " + System.getProperty("os.name");
    }
}
