package io.aigcnet.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Parent of the {@code assess} subcommands; alone it prints its usage and exits 2. */
@Command(name = "assess", mixinStandardHelpOptions = true, description = "Assess MASPs: OS²A / MWSL reputation.",
        subcommands = {io.aigcnet.cli.reputation.AssessReputationCommand.class})
public final class AssessCommand implements Runnable {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand");
    }
}
