package io.aigcnet.cli;

import java.io.PrintWriter;

import io.aigcnet.core.config.BadInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code aigcnet} command. Exit codes: 0 success, 1 a run failed (or, with {@code --strict},
 * a check did not hold), 2 bad input of any kind: an option, a config or input file, an output
 * folder. Messages are plain words naming the culprit; library and exception class names and stack
 * traces appear only with {@code AIGCNET_DEBUG=1}.
 */
@Command(name = "aigcnet", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Mobile AIGC services at the network edge: trust, payment, incentives, delivery.%n"
                + "Reproduce the papers' figures, run a node network, solve mechanisms.",
        subcommands = {VersionCommand.class, ReproduceCommand.class, DemoCommand.class, AssessCommand.class,
                SolveCommand.class, BenchCommand.class, io.aigcnet.cli.chain.NodeCommand.class, io.aigcnet.cli.chain.NetCommand.class,
                io.aigcnet.cli.chain.TxCommand.class, io.aigcnet.cli.chain.ChainCommand.class, io.aigcnet.cli.chain.SimCommand.class,
                io.aigcnet.cli.semcom.SemcomCommand.class,
                io.aigcnet.cli.lifecycle.AigcCommand.class,
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
        cl.setParameterExceptionHandler((ex, args) -> handleParameterException(cl, ex));
        return cl;
    }

    /** True when the user asked for internals (class names, stack traces) with AIGCNET_DEBUG=1. */
    static boolean debug() {
        String v = System.getenv("AIGCNET_DEBUG");
        return v != null && !v.isEmpty() && !v.equals("0");
    }

    private static int handleParameterException(CommandLine root, CommandLine.ParameterException ex) {
        CommandLine cl = attached(root, ex.getCommandLine());
        PrintWriter err = cl.getErr();
        err.println("aigcnet: " + plainParameterMessage(ex.getMessage()));
        CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
        err.print(cl.getHelp().fullSynopsis());
        err.println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return EXIT_USAGE;
    }

    /**
     * A command that reports a usage error through a CommandLine of its own (built on the spot)
     * would print a synopsis without its parents ("Usage: layer2"); use the one in the tree.
     */
    private static CommandLine attached(CommandLine root, CommandLine cl) {
        if (cl == null) return root;
        if (cl.getParent() != null || cl == root) return cl;
        Object user = cl.getCommandSpec().userObject();
        CommandLine found = find(root, user == null ? null : user.getClass());
        return found != null ? found : cl;
    }

    private static CommandLine find(CommandLine node, Class<?> type) {
        if (type == null) return null;
        for (CommandLine sub : node.getSubcommands().values()) {
            Object u = sub.getCommandSpec().userObject();
            if (u != null && u.getClass() == type) return sub;
            CommandLine deeper = find(sub, type);
            if (deeper != null) return deeper;
        }
        return null;
    }

    /** picocli names Java types ("is not a long"); users think in numbers. */
    static String plainParameterMessage(String msg) {
        if (msg == null) return "invalid command line";
        return msg.replaceAll("is not an? (int|long|short|byte)\\b", "is not a whole number")
                .replaceAll("is not an? (double|float)\\b", "is not a number")
                .replaceAll("is not a boolean\\b", "is not true or false")
                .replaceAll(": java\\.[\\w.]+: ", ": ");
    }

    private static int handleException(Exception ex, CommandLine cl, CommandLine.ParseResult parseResult) {
        PrintWriter err = cl.getErr();
        String where = cl.getCommandSpec().qualifiedName();
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof BadInputException) {
                err.println("aigcnet: " + t.getMessage());
                return finish(err, ex, EXIT_USAGE);
            }
            String file = fileProblem(t);
            if (file != null) {
                err.println("aigcnet: " + file);
                return finish(err, ex, EXIT_USAGE);
            }
        }
        if (debug()) err.println("aigcnet: " + where + " failed: " + ex.getClass().getName() + ": " + ex.getMessage());
        else err.println("aigcnet: " + where + " failed: " + plainCause(ex) + "\n(set AIGCNET_DEBUG=1 for the details)");
        return finish(err, ex, 1);
    }

    /** The reason for an unexpected failure in words; some JDK exceptions carry no message at all. */
    static String plainCause(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof java.net.ConnectException) return "connection refused (is the node running and the address right?)";
            if (t instanceof java.net.UnknownHostException) return "unknown host " + t.getMessage();
            if (t instanceof java.net.http.HttpTimeoutException) return "no answer in time";
        }
        String msg = ex.getMessage();
        return msg == null || msg.isBlank() ? "an internal error" : msg;
    }

    /** Files named by the user that are missing or off limits are bad input, said in words. */
    private static String fileProblem(Throwable t) {
        if (t instanceof java.nio.file.NoSuchFileException e) return e.getFile() + ": no such file or folder";
        if (t instanceof java.nio.file.AccessDeniedException e) return e.getFile() + ": permission denied";
        if (t instanceof java.nio.file.NotDirectoryException e) return e.getFile() + ": is a file, not a folder";
        if (t instanceof java.nio.file.FileAlreadyExistsException e) return e.getFile() + ": already exists and is in the way";
        return null;
    }

    private static int finish(PrintWriter err, Exception ex, int code) {
        if (debug()) ex.printStackTrace(err);
        err.flush();
        return code;
    }
}
