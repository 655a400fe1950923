package io.aigcnet.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Parent of the {@code bench} subcommands; alone it prints its usage and exits 2. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure speed; numbers go in docs/performance.md.",
        subcommands = {
                io.aigcnet.cli.reputation.BenchReputationCommand.class,
                io.aigcnet.cli.learn.BenchLearnCommand.class,
                io.aigcnet.cli.qoe.BenchQoeCommand.class,
                io.aigcnet.cli.chain.BenchChainCommand.class,
                io.aigcnet.cli.layer2.Layer2BenchCommand.class,
                io.aigcnet.cli.layer2.LiveChannelBenchCommand.class,
                io.aigcnet.cli.layer2.Layer2LiveBenchCommand.class,
                io.aigcnet.cli.auction.BenchAuctionCommand.class,
                io.aigcnet.cli.contract.BenchContractCommand.class,
                io.aigcnet.cli.semcom.BenchSemcomCommand.class,
                io.aigcnet.cli.layer2.CalibrateCommand.class,
                io.aigcnet.cli.lifecycle.LifecycleLiveBenchCommand.class,
        })
public final class BenchCommand implements Runnable {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand");
    }
}
