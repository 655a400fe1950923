package io.aigcnet.cli.chain;

import io.aigcnet.chain.live.LocalNetwork;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** How to start one node as a separate process: the same JVM and classpath as this CLI. */
public final class NodeProcess {
    private NodeProcess() {
    }

    public static List<String> command() {
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-cp",
                System.getProperty("java.class.path"), "io.aigcnet.cli.Main", "node");
    }

    /** The command of a node running {@code app} ('none' or 'aigc-lifecycle', as {@code aigcnet node --app}). */
    public static List<String> command(String app) {
        List<String> cmd = new ArrayList<>(command());
        if (!app.equals("none")) {
            cmd.addAll(List.of("--app", app));
        }
        return cmd;
    }

    /** The plan adapted to {@code app}: the AIGC lifecycle runs the survey's first-come-first-served pool. */
    public static LocalNetwork.Plan planFor(String app, LocalNetwork.Plan plan) {
        return app.equals("aigc-lifecycle") ? plan.withPoolOrdering("fcfs") : plan;
    }
}
