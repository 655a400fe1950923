package io.aigcnet.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Parent of the {@code solve} subcommands; alone it prints its usage and exits 2. */
@Command(name = "solve", mixinStandardHelpOptions = true, description = "Solve a mechanism exactly (contracts, games, auctions).",
        subcommands = {
                io.aigcnet.cli.datasharing.SolveDataSharingCommand.class,
                io.aigcnet.cli.qoe.SolveQoeCommand.class,
                io.aigcnet.cli.auction.SolveAuctionCommand.class,
                io.aigcnet.cli.contract.SolveContractCommand.class,
        })
public final class SolveCommand implements Runnable {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand");
    }
}
