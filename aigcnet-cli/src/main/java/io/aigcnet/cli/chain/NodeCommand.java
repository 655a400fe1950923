package io.aigcnet.cli.chain;

import io.aigcnet.cli.UsageException;
import io.aigcnet.chain.live.NodeMain;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code aigcnet node --config FILE}: runs one live chain node until terminated. */
@Command(name = "node", mixinStandardHelpOptions = true,
        description = "Run one anchor-chain node (keys, ports, data directory and peers come from the config).")
public final class NodeCommand implements Callable<Integer> {
    @Option(names = "--config", required = true, paramLabel = "FILE", description = "node config (YAML or JSON)")
    Path config;

    @Option(names = "--app", paramLabel = "NAME", description = "application run on the chain: 'none' (default) or "
            + "'aigc-lifecycle' (the survey's AIGC registry, fee-less first-come-first-served blocks; use pool_ordering: fcfs) or "
            + "'layer2' (ProSecutor's RCOs and channel hosts; reads layer2.json beside the data directory, as 'bench layer2-live' writes it)")
    String app = "none";

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(config)) {
            throw new UsageException("--config: no such file " + config);
        }
        if (app.equals("aigc-lifecycle")) {
            // content is shared by the nodes of one local network: a directory beside their data directories
            NodeMain.run(config, cfg -> new io.aigcnet.lifecycle.http.LifecycleNodeApp(
                    io.aigcnet.lifecycle.registry.LifecycleParams.defaults(io.aigcnet.cli.lifecycle.AigcCommand.THRESHOLD_BITS),
                    Path.of(cfg.dataDir()).toAbsolutePath().getParent().resolve("aigc-content"), 1_000_000L));
        } else if (app.equals("layer2")) {
            NodeMain.run(config, cfg -> new io.aigcnet.layer2.live.Layer2NodeApp(io.aigcnet.layer2.live.Layer2LiveBench.planFor(cfg)));
        } else if (app.equals("none")) {
            NodeMain.run(config);
        } else {
            throw new UsageException("--app must be 'none', 'aigc-lifecycle' or 'layer2', got '" + app + "'");
        }
        return 0;
    }
}
