package io.aigcnet.cli;

import java.io.PrintWriter;

import io.aigcnet.core.config.ConfigException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code aigcnet} command. Exit codes: 0 success, 1 a run failed or a check did not hold,
 * 2 a usage error or a bad config/input file (named with its field and reason).
 */
@Command(name = "aigcnet", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Mobile AIGC services at the network edge: trust, payment, incentives, delivery.%n"
                + "Reproduce the papers' figures, run a node network, solve mechanisms.",
        subcommands = {VersionCommand.class, ReproduceCommand.class, DemoCommand.class, AssessCommand.class,
                SolveCommand.class, BenchCommand.class, io.aigcnet.cli.chain.NodeCommand.class, io.aigcnet.cli.chain.NetCommand.class,
                io.aigcnet.cli.chain.TxCommand.class, io.aigcnet.cli.chain.ChainCommand.class,
                io.aigcnet.cli.edge.EdgeCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    public static final int EXIT_USAGE = 2;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command");
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the CLI in-process (tests use this) and returns the exit code. */
    public static int execute(String... args) {
        return newCommandLine().execute(args);
    }

    public static CommandLine newCommandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler(Main::handleException);
        cl.setParameterExceptionHandler(Main::handleParameterException);
        return cl;
    }

    private static int handleParameterException(CommandLine.ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println("aigcnet: " + ex.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
        err.print(cl.getHelp().fullSynopsis());
        err.println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return EXIT_USAGE;
    }

    private static int handleException(Exception ex, CommandLine cl, CommandLine.ParseResult parseResult) {
        PrintWriter err = cl.getErr();
        Throwable t = ex;
        while (t.getCause() != null && !(t instanceof ConfigException) && !(t instanceof UsageException)) {
            if (t.getCause() instanceof ConfigException || t.getCause() instanceof UsageException) t = t.getCause();
            else break;
        }
        if (t instanceof ConfigException || t instanceof UsageException) {
            err.println("aigcnet: " + t.getMessage());
            err.flush();
            return EXIT_USAGE;
        }
        err.println("aigcnet: " + ex.getClass().getSimpleName() + ": " + ex.getMessage());
        if (System.getenv("AIGCNET_DEBUG") != null) ex.printStackTrace(err);
        else err.println("(set AIGCNET_DEBUG=1 for the stack trace)");
        err.flush();
        return 1;
    }
}
