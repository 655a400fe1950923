package io.aigcnet.cli.edge;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Parent of the {@code edge} subcommands; alone it prints its usage and exits 2. */
@Command(name = "edge", mixinStandardHelpOptions = true,
        description = "The cloud-edge-mobile AIGC network: ASP selection, caching, offloading, mobility.",
        subcommands = {AspSelectionCommand.class, EdgeRunCommand.class})
public final class EdgeCommand implements Runnable {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand");
    }
}
