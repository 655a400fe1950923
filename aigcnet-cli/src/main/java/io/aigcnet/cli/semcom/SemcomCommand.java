package io.aigcnet.cli.semcom;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Parent of the {@code semcom} subcommands; alone it prints its usage and exits 2. */
@Command(name = "semcom", mixinStandardHelpOptions = true,
        description = "G-SemCom: attention-aware semantic encoding of AI-generated images.",
        subcommands = {ParseCommand.class, EncodeCommand.class, ScoreCommand.class})
public final class SemcomCommand implements Runnable {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand");
    }
}
