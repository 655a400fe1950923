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

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(config)) {
            throw new UsageException("--config: no such file " + config);
        }
        NodeMain.run(config);
        return 0;
    }
}
