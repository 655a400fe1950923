package io.aigcnet.cli.reputation;

import io.aigcnet.cli.UsageException;
import io.aigcnet.reputation.mwsl.FactorWeights;
import io.aigcnet.reputation.mwsl.MwslParams;
import io.aigcnet.reputation.store.OpinionStore;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code aigcnet bench reputation}: single-thread throughput of the incremental opinion store.
 * Updates are pre-generated (the RNG is not timed) and replayed into a fresh store per run; each
 * update changes the local opinion counts, the familiarity total, the freshness block and the
 * decayed market worth of one (client, MASP) pair. Queries evaluate eqs. (7), (10), (11), (12) for
 * one client over every other client's opinion on one MASP. Warm-up runs are discarded; the median
 * of the measured runs is reported.
 */
@Command(name = "reputation", mixinStandardHelpOptions = true,
        description = {"Opinion updates/s and reputation queries/s of the incremental MWSL store (one thread)."},
        footer = {"", "Example:", "  aigcnet bench reputation --references 10000 --runs 7"})
public final class BenchReputationCommand implements Callable<Integer> {
    @Option(names = "--references", defaultValue = "10000", description = "Reference opinions per query (clients with an opinion on the MASP) (default: ${DEFAULT-VALUE}).")
    int references;

    @Option(names = "--masps", defaultValue = "100", description = "MASPs in the update workload (default: ${DEFAULT-VALUE}).")
    int masps;

    @Option(names = "--updates", defaultValue = "5000000", description = "Opinion updates per measured run (default: ${DEFAULT-VALUE}).")
    int updates;

    @Option(names = "--queries", defaultValue = "2000", description = "Reputation queries per measured run (default: ${DEFAULT-VALUE}).")
    int queries;

    @Option(names = "--warmup", defaultValue = "3", description = "Discarded warm-up runs (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--runs", defaultValue = "7", description = "Measured runs; the median is reported (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the synthetic workload (default: ${DEFAULT-VALUE}).")
    long seed;

    @Spec
    CommandSpec spec;

    static final MwslParams PARAMS = new MwslParams(5.0, 0.998, 0.5, new FactorWeights(1, 1, 0.1));

    /** Updates per anchor block in the synthetic workload (so ages and decay are exercised). */
    static final int UPDATES_PER_BLOCK = 1000;

    @Override
    public Integer call() {
        if (references < 1 || masps < 1 || updates < 1 || queries < 1 || warmup < 0 || runs < 1) {
            throw new UsageException("--references, --masps, --updates, --queries and --runs must be >= 1, --warmup >= 0");
        }
        PrintWriter out = spec.commandLine().getOut();
        int clients = references + 1;
        UniformRandomProvider rng = RandomSource.SPLIT_MIX_64.create(seed);
        int[] client = new int[updates];
        int[] masp = new int[updates];
        double[] fee = new double[updates];
        boolean[] ok = new boolean[updates];
        for (int i = 0; i < updates; i++) {
            client[i] = rng.nextInt(clients);
            masp[i] = rng.nextInt(masps);
            fee[i] = 0.5 + rng.nextDouble();
            ok[i] = rng.nextDouble() < 0.8;
        }
        out.printf(Locale.ROOT, "bench reputation: %d clients x %d MASPs, %d updates/run, %d queries/run over %d reference opinions, "
                + "%d warm-up + %d measured runs, 1 thread%n", clients, masps, updates, queries, references, warmup, runs);
        double[] updateRates = new double[runs];
        double sink = 0;
        for (int r = -warmup; r < runs; r++) {
            OpinionStore store = new OpinionStore(clients, masps, PARAMS);
            long t0 = System.nanoTime(); // ambient-ok: benchmark timing
            for (int i = 0; i < updates; i++) {
                store.recordJudgment(client[i], masp[i], i / UPDATES_PER_BLOCK, fee[i], ok[i]);
            }
            long t1 = System.nanoTime(); // ambient-ok: benchmark timing
            sink += store.totalInteractions(0);
            if (r >= 0) {
                updateRates[r] = updates / ((t1 - t0) / 1e9);
            }
        }
        // a MASP on which every client has an opinion with a fee history
        OpinionStore q = new OpinionStore(clients, 1, PARAMS);
        for (int round = 0; round < 3; round++) {
            for (int c = 0; c < clients; c++) {
                q.recordJudgment(c, 0, round * 10L + (c % 10), 0.5 + rng.nextDouble(), rng.nextDouble() < 0.8);
            }
        }
        long latest = 40;
        double[] queryRates = new double[runs];
        for (int r = -warmup; r < runs; r++) {
            long t0 = System.nanoTime(); // ambient-ok: benchmark timing
            for (int i = 0; i < queries; i++) {
                sink += q.reputation(i % clients, 0, latest, 0.3);
            }
            long t1 = System.nanoTime(); // ambient-ok: benchmark timing
            if (r >= 0) {
                queryRates[r] = queries / ((t1 - t0) / 1e9);
            }
        }
        out.printf(Locale.ROOT, "opinion updates/s:      median %,.0f  (min %,.0f, max %,.0f)%n", median(updateRates), min(updateRates), max(updateRates));
        out.printf(Locale.ROOT, "reputation queries/s:   median %,.0f  (min %,.0f, max %,.0f)  [%d reference opinions each]%n",
                median(queryRates), min(queryRates), max(queryRates), references);
        out.printf(Locale.ROOT, "(checksum %.6g)%n", sink);
        out.flush();
        return 0;
    }

    static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static double min(double[] v) {
        return Arrays.stream(v).min().orElse(Double.NaN);
    }

    private static double max(double[] v) {
        return Arrays.stream(v).max().orElse(Double.NaN);
    }
}
