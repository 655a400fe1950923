package io.aigcnet.cli.auction;

import io.aigcnet.core.rng.RngStreams;
import io.aigcnet.mechanism.auction.mechanism.ExternalityTable;
import io.aigcnet.mechanism.auction.mechanism.MarketRound;
import io.aigcnet.mechanism.auction.mechanism.Mechanism;
import io.aigcnet.mechanism.auction.mechanism.RoundOutcome;
import io.aigcnet.mechanism.auction.model.Instance;
import io.aigcnet.mechanism.auction.model.InstanceGenerator;
import io.aigcnet.mechanism.auction.model.MarketParams;
import io.aigcnet.mechanism.auction.model.TaskType;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code aigcnet bench auction}: the time of one MTEPViSA round (online allocation, exact critical
 * payments, and the offline MSB sale of every served AV's item) on random instances. A hand-rolled
 * harness: warm-up rounds, then the per-round times of many timed rounds (median, 90th percentile).
 * e_hat is computed once beforehand, as in a deployment where it is public and fixed.
 */
@Command(name = "auction", mixinStandardHelpOptions = true,
        description = "Time one round of the survey's vehicular auction (MTEPViSA by default), payments included.")
public final class BenchAuctionCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--avs", defaultValue = "50", description = "Number of AVs (default ${DEFAULT-VALUE}).")
    int avs;

    @Option(names = "--traffic", defaultValue = "30", description = "Number of traffic simulators (default ${DEFAULT-VALUE}).")
    int traffic;

    @Option(names = "--mechanism", defaultValue = "mtepvisa", description = "mtepvisa, epvisa or pvisa (default ${DEFAULT-VALUE}).")
    String mechanism;

    @Option(names = "--rounds", defaultValue = "2000", description = "Timed rounds (default ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--instances", defaultValue = "50", description = "Distinct random instances cycled through (default ${DEFAULT-VALUE}).")
    int instances;

    @Option(names = "--seed", defaultValue = "1", description = "Seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public void run() {
        Mechanism m;
        try {
            m = Mechanism.parse(mechanism);
        } catch (IllegalArgumentException e) {
            throw new io.aigcnet.cli.UsageException("--mechanism: " + e.getMessage());
        }
        if (!m.isAuction()) throw new io.aigcnet.cli.UsageException("--mechanism must be mtepvisa, epvisa or pvisa");
        if (avs < 1 || traffic < 1 || rounds < 1 || instances < 1)
            throw new io.aigcnet.cli.UsageException("--avs, --traffic, --rounds and --instances must be >= 1");
        PrintWriter out = spec.commandLine().getOut();
        MarketParams d = MarketParams.defaults();
        MarketParams p = new MarketParams(d.capacity(), d.rsuCost(), traffic, d.sigmaXi(), d.sigmaMu(), d.mu0(), d.alpha(), d.rho());
        ExternalityTable eHat = ExternalityTable.estimate(p, 20_000, 12345L);
        MarketRound round = new MarketRound(p, eHat);
        InstanceGenerator gen = new InstanceGenerator(p, TaskType.defaults());
        RngStreams rng = RngStreams.of(seed);
        Instance[] pool = new Instance[instances];
        for (int k = 0; k < instances; k++) {
            RngStreams s = rng.child("instance-" + k);
            pool[k] = gen.instance(avs, s.fresh("avs"), s.fresh("items"));
        }
        double sink = 0;
        for (int k = 0; k < Math.max(2000, rounds); k++) sink += round.run(m, pool[k % instances], null).totalSurplus();
        double[] us = new double[rounds];
        double served = 0;
        for (int k = 0; k < rounds; k++) {
            long t0 = System.nanoTime(); // ambient-ok: benchmark timing
            RoundOutcome r = round.run(m, pool[k % instances], null);
            us[k] = (System.nanoTime() - t0) / 1e3; // ambient-ok
            sink += r.totalSurplus();
            served += r.nServed();
        }
        Arrays.sort(us);
        out.printf(Locale.ROOT, "# %s round, %d AVs, %d traffic simulators + 1 driving simulator, %d instances, %d timed rounds%n",
                m.displayName(), avs, traffic, instances, rounds);
        out.printf(Locale.ROOT, "per round: median %.1f us, p90 %.1f us, min %.1f us, max %.1f us (mean served AVs %.1f)%n",
                us[rounds / 2], us[(int) (rounds * 0.9)], us[0], us[rounds - 1], served / rounds);
        out.printf(Locale.ROOT, "checksum %.3f%n", sink);
        out.flush();
    }
}
