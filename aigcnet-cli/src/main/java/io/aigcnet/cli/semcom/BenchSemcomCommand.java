package io.aigcnet.cli.semcom;

import io.aigcnet.semcom.attention.AttentionMaps;
import io.aigcnet.semcom.attention.SyntheticScenes;
import io.aigcnet.semcom.encode.EncoderConfig;
import io.aigcnet.semcom.encode.Encoding;
import io.aigcnet.semcom.encode.SemanticEncoder;
import io.aigcnet.semcom.prompt.ParsedPrompt;
import io.aigcnet.semcom.prompt.RuleBasedParser;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code aigcnet bench semcom}: thread CPU time of G-SemCom's encoder (Algorithm 1, maps given) on one
 * core for the paper's four prompts at 512×512, median over timed rounds after a warm-up; and, with
 * {@code --add}, the ADD actor's inference and update time for T = 5 and 6.
 */
@Command(name = "semcom", mixinStandardHelpOptions = true,
        description = "Time G-SemCom's semantic encoder on 512x512 attention maps (and, with --add, ADD).")
public final class BenchSemcomCommand implements Runnable {
    static final String[] PROMPTS = {"An old man is wearing an odd hat.", "A bus is stopped on a dark road.",
        "A bowl that has oranges in it.", "A blue car driving through the city."};

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--rounds", defaultValue = "15", description = "Timed rounds per prompt (default ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--size", defaultValue = "512", description = "Map side in pixels (default ${DEFAULT-VALUE}).")
    int size;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the synthetic maps (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--add", description = "Also time the ADD diffusion actor (T = 5, 6): inference and one update.")
    boolean add;

    @Override
    public void run() {
        if (size < 8 || size > 4096) throw new io.aigcnet.cli.UsageException("--size must be in [8, 4096] pixels, got " + size);
        if (rounds < 1 || rounds > 100_000) throw new io.aigcnet.cli.UsageException("--rounds must be in [1, 100000], got " + rounds);
        PrintWriter out = spec.commandLine().getOut();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        SemanticEncoder enc = new SemanticEncoder(EncoderConfig.paper());
        RuleBasedParser parser = new RuleBasedParser();
        out.printf(Locale.ROOT, "# G-SemCom encoder (Algorithm 1: eq. (8), (9)-(12), DBSCAN (13), packing (14)), %dx%d maps, one thread%n", size, size);
        for (String text : PROMPTS) {
            ParsedPrompt p = parser.parse(text);
            AttentionMaps maps = new SyntheticScenes(seed, size).maps(p);
            int px = 0;
            for (int i = 0; i < 5; i++) px = enc.encode(p, maps).semanticPx(); // warm-up
            double[] cpu = new double[rounds];
            double[] wall = new double[rounds];
            for (int k = 0; k < rounds; k++) {
                long c0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime(); // ambient-ok: benchmark timing
                Encoding e = enc.encode(p, maps);
                wall[k] = (System.nanoTime() - t0) / 1e6; // ambient-ok
                cpu[k] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
                px = e.semanticPx();
            }
            Arrays.sort(cpu);
            Arrays.sort(wall);
            out.printf(Locale.ROOT, "%-40s kept words %d  |S| = %6d px  thread CPU median %7.1f ms (min %.1f, max %.1f)  wall median %7.1f ms%n",
                    text, p.keptIndices().length, px, cpu[rounds / 2], cpu[0], cpu[rounds - 1], wall[rounds / 2]);
        }
        if (add) AddBench.run(out, seed);
        out.flush();
    }
}
