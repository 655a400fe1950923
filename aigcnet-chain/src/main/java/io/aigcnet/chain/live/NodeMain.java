package io.aigcnet.chain.live;

import io.aigcnet.core.config.ConfigLoader;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Plain entry point of one live node ({@code --config FILE}); the CLI's {@code aigcnet node} does the same.
 * Runs until the process is terminated.
 */
public final class NodeMain {
    private NodeMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2 || !args[0].equals("--config")) {
            System.err.println("usage: NodeMain --config FILE");
            System.exit(2);
        }
        run(Path.of(args[1]));
    }

    /** Starts the node described by {@code configFile} and blocks until the JVM shuts down. */
    public static void run(Path configFile) throws Exception {
        run(configFile, cfg -> NodeApplication.NONE);
    }

    /** As {@link #run(Path)}, with the application {@code app} makes from the config. */
    public static void run(Path configFile, java.util.function.Function<NodeConfig, NodeApplication> app) throws Exception {
        NodeConfig cfg = ConfigLoader.load(configFile, NodeConfig.class, NodeConfig.defaults());
        LiveNode node = new LiveNode(cfg, app.apply(cfg));
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            node.close();
            stop.countDown();
        }));
        node.start();
        System.out.println("node " + cfg.id() + " up: p2p 127.0.0.1:" + cfg.listenPort() + " http http://127.0.0.1:" + cfg.httpPort());
        System.out.flush();
        stop.await();
    }
}
