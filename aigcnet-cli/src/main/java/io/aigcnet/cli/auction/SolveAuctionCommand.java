package io.aigcnet.cli.auction;

import io.aigcnet.cli.UsageException;
import io.aigcnet.core.config.ConfigException;
import io.aigcnet.mechanism.auction.io.AuctionInstance;
import io.aigcnet.mechanism.auction.io.AuctionInstanceReader;
import io.aigcnet.mechanism.auction.io.AuctionOutcomeJson;
import io.aigcnet.mechanism.auction.io.AuctionSolver;
import io.aigcnet.mechanism.auction.mechanism.Mechanism;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code aigcnet solve auction}: one round of the survey's vehicular auction on one instance file, as JSON. */
@Command(name = "auction", mixinStandardHelpOptions = true,
        description = {"Run one round of the survey's vehicular two-submarket auction (a reconstruction of MTEPViSA,"
            + " EPViSA and PViSA) on an instance file.",
            "Prints {winners, demand, payments, online_surplus} and, when the file has items, the offline sales.",
            "Instance: {\"capacity\": R, \"rsu_cost\": c, \"e_hat\": e (optional), \"avs\": [{\"bid\": b, \"tasks\":"
                + " [{\"w\": w, \"tau\": t}]}], \"items\": [{\"xi\": q, \"mu\": [..]}] (optional)}.",
            "Without e_hat, it is estimated for the mechanism's offline rule (20,000 Monte Carlo items, seed 12345)."})
public final class SolveAuctionCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--mechanism", required = true, paramLabel = "mtepvisa|epvisa|pvisa",
            description = "mtepvisa (multi-task demand, modified second bid), epvisa (single-task demand, modified"
                    + " second bid) or pvisa (single-task demand, second price).")
    String mechanism;

    @Option(names = "--instance", required = true, paramLabel = "FILE", description = "Instance JSON (see above).")
    Path instance;

    @Override
    public void run() {
        Mechanism m;
        try {
            m = Mechanism.parse(mechanism);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--mechanism must be mtepvisa, epvisa or pvisa; got '" + mechanism + "'");
        }
        if (!m.isAuction()) throw new UsageException("--mechanism must be mtepvisa, epvisa or pvisa; got '" + mechanism + "'");
        if (!Files.isRegularFile(instance)) throw new UsageException("--instance: no such file: " + instance);
        AuctionInstance inst = AuctionInstanceReader.read(instance);
        AuctionSolver.Solved solved;
        try {
            solved = AuctionSolver.solve(inst, m);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(instance.toString(), "", e.getMessage());
        }
        spec.commandLine().getOut().println(AuctionOutcomeJson.write(solved));
        spec.commandLine().getOut().flush();
    }
}
