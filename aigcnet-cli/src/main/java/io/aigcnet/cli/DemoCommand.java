package io.aigcnet.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.aigcnet.core.experiment.ExperimentRunner;
import io.aigcnet.core.report.Report;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The main job: the most complete scenario aigcnet has, ProSecutor's service round end to end on
 * an embedded simulated network, written to {@code DIR/demo/} atomically.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Run ProSecutor's service round end to end on a simulated network and write DIR/demo/.",
                "8 MASP full nodes (4 super nodes acting as reputation coordinators), clients and a storage chain:",
                "selection -> signed encrypted handshake -> inference -> storage -> channel transfer -> opinion ->",
                "roll-up. Prints a live summary and writes report.md, PNG charts, CSV and result.json.",
                "With --dashboard it instead runs the market at wall-clock pace beside a live 4-node loopback chain",
                "and serves the dashboard at http://127.0.0.1:PORT/ until Ctrl-C."})
final class DemoCommand implements Callable<Integer> {
    @Option(names = "--seed", defaultValue = "1", description = "Root seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", defaultValue = "out", paramLabel = "DIR", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--seconds", defaultValue = "600", description = "Simulated seconds, 30..86400 (default: ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--clients", defaultValue = "6", description = "Clients, 1..64 (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--quick", description = "A 120-simulated-second run.")
    boolean quick;

    @Option(names = "--contract", defaultValue = "optimal", paramLabel = "fixed|optimal|FILE",
            description = {"The payment contract each round offers (ProSecutor Sec. VI-B): 'fixed' (mu_s = 40, F_s = 20),",
                "'optimal' (the exact optimum of eq. (16) in each round's market state), or a trained contract policy's",
                "checkpoint file (`reproduce prosecutor-contract-training` writes them). Default: ${DEFAULT-VALUE}."})
    String contract;

    @Option(names = "--dashboard", description = "Serve the live dashboard instead of writing DIR/demo/; runs until Ctrl-C.")
    boolean dashboard;

    @Option(names = "--port", defaultValue = "7801", description = "Dashboard HTTP port with --dashboard; the chain's nodes use "
            + "PORT-1 .. PORT+6 (default: ${DEFAULT-VALUE}).")
    int port;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override public Integer call() throws Exception {
        if (dashboard) return serveDashboard();
        if (!(seconds >= 30 && seconds <= 86_400))
            throw new CommandLine.ParameterException(spec.commandLine(), "--seconds must be in [30, 86400], got " + seconds);
        if (clients < 1 || clients > 64)
            throw new CommandLine.ParameterException(spec.commandLine(), "--clients must be in [1, 64], got " + clients);
        var stdout = spec.commandLine().getOut();
        DemoScenario scenario = new DemoScenario(quick ? 120 : seconds, clients, stdout, contractPolicy());
        String command = "aigcnet demo --seed " + seed + (quick ? " --quick" : " --seconds " + Report.fmt(seconds))
                + " --clients " + clients + " --contract " + ExperimentRunner.shellWord(contract)
                + " --out " + ExperimentRunner.shellWord(out.toString());
        ExperimentRunner.Outcome o = ExperimentRunner.run(scenario, seed, quick, out, null, true, Version.get(), command);
        stdout.println();
        stdout.print(Files.readString(o.dir().resolve(DemoScenario.SUMMARY_FILE)));
        stdout.printf("Wrote %s (report.md, charts, CSV) in %.1f s.%n", o.dir(), o.elapsedMillis() / 1000.0);
        stdout.flush();
        return 0;
    }

    /** The contract policy named by --contract; a bad file is a usage error that names it. */
    private io.aigcnet.mechanism.contract.service.ServiceContract contractPolicy() {
        var params = io.aigcnet.mechanism.contract.prosecutor.ProsecutorParams.defaults();
        switch (contract) {
            case "fixed":
                return new io.aigcnet.mechanism.contract.service.FixedServiceContract(
                        new io.aigcnet.mechanism.contract.prosecutor.PaymentContract(40, 20));
            case "optimal":
                return new io.aigcnet.mechanism.contract.service.OptimalServiceContract(params);
            default:
                Path file = Path.of(contract);
                if (!Files.isRegularFile(file))
                    throw new CommandLine.ParameterException(spec.commandLine(), "--contract must be 'fixed', 'optimal' or an existing "
                            + "checkpoint file, got '" + contract + "' (no such file)");
                try {
                    return io.aigcnet.mechanism.contract.service.LearnedServiceContract.load(file);
                } catch (java.io.IOException | RuntimeException e) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "--contract " + contract + ": " + e.getMessage());
                }
        }
    }

    /** Runs {@link io.aigcnet.layer2.view.DemoNetwork} until the process is stopped. */
    private int serveDashboard() throws Exception {
        if (clients < 1 || clients > 64)
            throw new CommandLine.ParameterException(spec.commandLine(), "--clients must be in [1, 64], got " + clients);
        if (port < 1025 || port > 65535 - 8)
            throw new CommandLine.ParameterException(spec.commandLine(), "--port must be in [1025, " + (65535 - 8) + "], got " + port);
        var stdout = spec.commandLine().getOut();
        Path data = Files.createTempDirectory("aigcnet-demo-dashboard");
        io.aigcnet.layer2.view.DemoNetwork net;
        try {
            net = new io.aigcnet.layer2.view.DemoNetwork(data, 4, port, 1000, clients, seed, 5);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        java.util.concurrent.CountDownLatch stopped = new java.util.concurrent.CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            net.close();
            deleteTree(data);
            stopped.countDown();
        }));
        stdout.println("aigcnet demo dashboard: " + net.url());
        stdout.println("  a live 4-node DPoS chain on 127.0.0.1 (1 s blocks, a client sending 5 transfers/s) and ProSecutor's");
        stdout.println("  service market (8 MASPs, " + clients + " clients) at wall-clock pace. The node's API is at the same address");
        stdout.println("  (docs/api.md), its Prometheus metrics at " + net.url() + "metrics. Stop with Ctrl-C.");
        stdout.flush();
        stopped.await();
        return 0;
    }

    private static void deleteTree(Path dir) {
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException e) {
            // a temp directory; the OS cleans it eventually
        }
    }
}
