package io.aigcnet.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "version", mixinStandardHelpOptions = true, description = "Print the aigcnet and Java versions.")
final class VersionCommand implements Runnable {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override public void run() {
        for (String line : new Version().getVersion()) spec.commandLine().getOut().println(line);
    }
}
