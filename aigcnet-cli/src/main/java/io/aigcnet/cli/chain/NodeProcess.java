package io.aigcnet.cli.chain;

import java.nio.file.Path;
import java.util.List;

/** How to start one node as a separate process: the same JVM and classpath as this CLI. */
public final class NodeProcess {
    private NodeProcess() {
    }

    public static List<String> command() {
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-cp",
                System.getProperty("java.class.path"), "io.aigcnet.cli.Main", "node");
    }
}
