package io.aigcnet.core.experiment;

import java.nio.file.Files;
import java.nio.file.Path;

/** A run that writes a file, says so on stdout and then waits to be stopped (for the SIGTERM test). */
public final class SlowRunMain {
    private SlowRunMain() {}

    public static void main(String[] args) throws Exception {
        Experiment slow = new Experiment() {
            @Override public String id() { return "slow"; }
            @Override public String title() { return "Slow"; }
            @Override public String paperRef() { return "none"; }
            @Override public void run(ExperimentContext ctx) throws Exception {
                Files.writeString(ctx.dir().resolve("half.png"), "");
                System.out.println("started");
                System.out.flush();
                Thread.sleep(60_000);
            }
        };
        ExperimentRunner.run(slow, 1, true, Path.of(args[0]), null, false, "test");
    }
}
