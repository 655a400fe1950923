package io.aigcnet.cli.chain;

import io.aigcnet.cli.UsageException;
import io.aigcnet.chain.crypto.Address;
import io.aigcnet.chain.crypto.KeyPair;
import io.aigcnet.chain.crypto.SignatureScheme;
import io.aigcnet.chain.tx.Transaction;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HexFormat;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code aigcnet tx send}: signs a transfer and submits it to a node. */
@Command(name = "tx", mixinStandardHelpOptions = true, description = "Transactions.", subcommands = {TxCommand.Send.class})
public final class TxCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand (send)");
    }

    /** Submits one signed transfer; prints the node's JSON answer. */
    @Command(name = "send", mixinStandardHelpOptions = true, description = "Sign and submit a value transfer.")
    public static final class Send implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--node", required = true, description = "node HTTP URL, e.g. http://127.0.0.1:7701")
        String node;
        @Option(names = "--from-seed", required = true, description = "sender's 32-byte Ed25519 seed (64 hex digits)")
        String fromSeed;
        @Option(names = "--to", required = true, description = "receiver address (0x + 64 hex digits)")
        String to;
        @Option(names = "--amount", required = true, description = "value in minor units")
        long amount;
        @Option(names = "--fee", defaultValue = "1", description = "fee in minor units")
        long fee;
        @Option(names = "--nonce", required = true, description = "sender nonce (>= 1, unused)")
        long nonce;

        @Override
        public Integer call() throws Exception {
            KeyPair from;
            Address receiver;
            try {
                from = KeyPair.fromSeedHex(fromSeed);
                receiver = Address.fromHex(to);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--from-seed/--to: " + e.getMessage());
            }
            if (amount < 0 || fee < 0 || nonce < 1) {
                throw new UsageException("--amount and --fee must be >= 0 and --nonce >= 1");
            }
            Transaction tx = Transaction.transfer(from, receiver, nonce, fee, amount, SignatureScheme.ed25519());
            java.net.URI base = NodeClient.base(node);
            HttpResponse<String> r;
            try {
                r = NodeClient.post(base, "/tx", HexFormat.of().formatHex(tx.encode()));
            } catch (NodeClient.Unreachable e) {
                spec.commandLine().getErr().println("aigcnet: " + e.getMessage());
                return 1;
            }
            spec.commandLine().getOut().println(r.body());
            boolean accepted = r.statusCode() == 200 && r.body().contains("\"accepted\":true");
            if (!accepted) {
                // the node refused it: say why on stderr too, and exit non-zero so scripts notice
                spec.commandLine().getErr().println("aigcnet: the node at " + base + " refused the transaction (HTTP " + r.statusCode() + "): " + r.body());
            }
            return accepted ? 0 : 1;
        }
    }
}
