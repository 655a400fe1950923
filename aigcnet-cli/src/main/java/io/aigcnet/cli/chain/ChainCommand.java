package io.aigcnet.cli.chain;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code aigcnet chain status --node URL}: a node's height, finalised height, peers and pool. */
@Command(name = "chain", mixinStandardHelpOptions = true, description = "Inspect a running chain.",
        subcommands = {ChainCommand.Status.class})
public final class ChainCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand (status)");
    }

    /** Prints GET /status of a node. */
    @Command(name = "status", mixinStandardHelpOptions = true, description = "Show a node's state as JSON.")
    public static final class Status implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--node", required = true, description = "node HTTP URL, e.g. http://127.0.0.1:7701")
        String node;

        @Override
        public Integer call() throws Exception {
            try {
                HttpResponse<String> r = NodeClient.get(NodeClient.base(node), "/status");
                spec.commandLine().getOut().println(r.body());
                return r.statusCode() == 200 ? 0 : 1;
            } catch (NodeClient.Unreachable e) {
                spec.commandLine().getErr().println("aigcnet: " + e.getMessage());
                return 1;
            }
        }
    }
}
