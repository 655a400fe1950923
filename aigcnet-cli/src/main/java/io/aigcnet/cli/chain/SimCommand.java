package io.aigcnet.cli.chain;

import io.aigcnet.chain.sim.faults.FaultCampaign;
import io.aigcnet.chain.sim.faults.FaultSchedule;
import io.aigcnet.chain.sim.faults.ScheduleGenerator;
import io.aigcnet.chain.sim.faults.ScheduleOutcome;
import io.aigcnet.cli.UsageException;
import io.aigcnet.core.progress.Progress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code aigcnet sim faults}: a deterministic fault campaign against the anchor chain. */
@Command(name = "sim", mixinStandardHelpOptions = true, description = "Deterministic simulation runs of the anchor chain.",
        subcommands = {SimCommand.Faults.class})
public final class SimCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand (faults)");
    }

    @Command(name = "faults", mixinStandardHelpOptions = true,
            description = {"Runs N random fault schedules (crashes and restarts, partitions, delay, loss, duplication, "
                    + "reordering, clock skew, an equivocating super node, disk loss of a full node) on the simulated "
                    + "runtime and checks agreement, durability, money conservation, no double spend and liveness.",
                    "Prints JSON; exits 1 if any schedule broke a property, naming its seed and the replay command."})
    public static final class Faults implements Callable<Integer> {
        @Option(names = "--schedules", defaultValue = "200", description = "number of schedules (default ${DEFAULT-VALUE})")
        int schedules;
        @Option(names = "--seed", defaultValue = "1", description = "campaign seed; each schedule gets its own seed from it")
        long seed;
        @Option(names = "--nodes", defaultValue = "4", description = "super nodes: 4 or 7 (f = 1 or 2)")
        int nodes;
        @Option(names = "--full-nodes", defaultValue = "1", description = "full nodes beside them (disk-loss targets)")
        int fullNodes;
        @Option(names = "--replay", description = "run only the schedule with this seed (from a failure report) and print it")
        Long replay;

        @Override
        public Integer call() {
            if (nodes != 4 && nodes != 7) {
                throw new UsageException("--nodes must be 4 or 7, got " + nodes);
            }
            if (fullNodes < 0 || fullNodes > 16) {
                throw new UsageException("--full-nodes must be in [0, 16], got " + fullNodes);
            }
            if (replay == null && (schedules < 1 || schedules > 1_000_000)) {
                throw new UsageException("--schedules must be in [1, 1000000], got " + schedules);
            }
            List<Long> seeds = new ArrayList<>();
            if (replay != null) {
                seeds.add(replay);
            } else {
                UniformRandomProvider rng = RandomSource.SPLIT_MIX_64.create(seed);
                for (int i = 0; i < schedules; i++) {
                    seeds.add(rng.nextLong() & Long.MAX_VALUE);
                }
            }
            long t0 = System.nanoTime(); // ambient-ok: wall time of the campaign, reported only
            List<ScheduleOutcome> failed = new ArrayList<>();
            List<FaultSchedule> failedSchedules = new ArrayList<>();
            long txs = 0;
            long statements = 0;
            try (Progress p = Progress.of("fault schedules", seeds.size())) {
                for (long s : seeds) {
                    FaultSchedule schedule = ScheduleGenerator.generate(s, nodes, fullNodes);
                    if (replay != null) {
                        System.err.println(schedule.describe());
                    }
                    ScheduleOutcome o = FaultCampaign.run(schedule);
                    txs += o.transactionsFinalised();
                    statements += o.statementsSeen();
                    if (!o.ok()) {
                        failed.add(o);
                        failedSchedules.add(schedule);
                        p.message(failed.size() + " failing");
                    }
                    p.step();
                }
            }
            double wall = (System.nanoTime() - t0) / 1e9; // ambient-ok
            StringBuilder out = new StringBuilder();
            out.append("{\"schedules\": ").append(seeds.size()).append(", \"nodes\": ").append(nodes)
                    .append(", \"full_nodes\": ").append(fullNodes).append(", \"seed\": ").append(seed)
                    .append(", \"violating_schedules\": ").append(failed.size())
                    .append(", \"transactions_finalised\": ").append(txs).append(", \"statements_checked\": ").append(statements)
                    .append(String.format(", \"wall_s\": %.1f", wall)).append(", \"failures\": [");
            for (int i = 0; i < failed.size(); i++) {
                ScheduleOutcome o = failed.get(i);
                out.append(i == 0 ? "" : ", ").append("{\"seed\": ").append(o.seed()).append(", \"replay\": \"aigcnet sim faults --replay ")
                        .append(o.seed()).append(" --nodes ").append(nodes).append(" --full-nodes ").append(fullNodes)
                        .append("\", \"violations\": [");
                for (int k = 0; k < o.violations().size(); k++) {
                    out.append(k == 0 ? "" : ", ").append('"').append(o.violations().get(k).replace("\"", "'")).append('"');
                }
                out.append("]}");
                System.err.println("FAILED schedule " + o.seed() + ":\n" + failedSchedules.get(i).describe());
            }
            out.append("]}");
            System.out.println(out);
            return failed.isEmpty() ? 0 : 1;
        }
    }
}
