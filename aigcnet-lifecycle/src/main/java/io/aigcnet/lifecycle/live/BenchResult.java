package io.aigcnet.lifecycle.live;

import io.aigcnet.chain.crypto.Hash;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of a live registration benchmark. The headline is the step with the highest finalised
 * rate: the most registrations per second the network finalised while offered a steady load.
 *
 * @param confirmed registrations readable on their other node
 * @param confirmedOnEveryNode of those, the ones every node shows with the producer as owner after the run
 * @param rejectionReasons refused at admission, or dropped by the chain, by reason
 * @param cpuPerNode cores each node process used on average over the timed part
 * @param clientCpu cores the benchmark's own process (the load generator) used over the timed part
 * @param counted the confirmed registrations (for independent checks)
 */
public record BenchResult(int nodes, int cores, long intervalMs, int imageSize, double durationS, double wallS,
        List<Step> steps, int confirmed, int confirmedOnEveryNode, Map<String, Integer> rejectionReasons, List<Double> cpuPerNode,
        double clientCpu,
        int payloads, double generationS, int generationThreads, double meanPngBytes, List<Confirmed> counted) {

    /**
     * One step of the offered load.
     *
     * @param finalisedPerS the step's confirmed registrations over the chain time from the block of its first to the
     *     block of its last, plus one block interval (below saturation: the offered rate; above: what the chain sustains)
     * @param p50Ms median offer-to-confirmation time of this step's confirmed offers (NaN if none)
     * @param unfinished neither confirmed nor refused when the run ended
     */
    public record Step(double offeredPerS, int offered, int confirmed, double finalisedPerS, double p50Ms, double p95Ms,
            int rejected, int unfinished, List<Double> cpuPerNode) {
    }

    /** A counted registration: its product, owner, and the nodes it was sent to and read back from. */
    public record Confirmed(Hash product, String producer, int sentTo, int readOn) {
    }

    public Step best() {
        return steps.stream().max(Comparator.comparingDouble(Step::finalisedPerS)).orElseThrow();
    }

    public int rejected() {
        return steps.stream().mapToInt(Step::rejected).sum();
    }

    public int unfinished() {
        return steps.stream().mapToInt(Step::unfinished).sum();
    }

    /** The network could not keep up with some step (it finalised under 90% of the offered rate). */
    public boolean saturated() {
        return steps.stream().anyMatch(s -> s.finalisedPerS() < 0.9 * s.offeredPerS());
    }

    /** Rounded; null (JSON null) when there is no value, e.g. no confirmation to take a percentile of. */
    private static Double r(double x, int digits) {
        if (!Double.isFinite(x)) {
            return null;
        }
        double f = Math.pow(10, digits);
        return Math.round(x * f) / f;
    }

    private static List<Double> r(List<Double> xs) {
        List<Double> out = new ArrayList<>();
        xs.forEach(x -> out.add(r(x, 3)));
        return out;
    }

    /** The JSON the command prints (stable keys first). */
    public Map<String, Object> toMap() {
        Step b = best();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("registrations_per_s", r(b.finalisedPerS(), 2));
        m.put("offered_per_s", r(b.offeredPerS(), 2));
        m.put("p50_confirm_ms", r(b.p50Ms(), 0));
        m.put("p95_confirm_ms", r(b.p95Ms(), 0));
        m.put("rejected", rejected());
        m.put("cpu_per_node", r(cpuPerNode));
        m.put("nodes", nodes);
        m.put("client_cpu", r(clientCpu, 3));
        m.put("duration_s", r(durationS, 1));
        m.put("counted_as", "claim finalised and the product readable, owned by its producer, on a node other than the one "
                + "the registration was sent to; headline = the step with the highest finalised rate");
        m.put("saturated", saturated());
        m.put("unfinished", unfinished());
        m.put("confirmed", confirmed);
        m.put("confirmed_on_every_node", confirmedOnEveryNode);
        m.put("offered", steps.stream().mapToInt(Step::offered).sum());
        m.put("rejection_reasons", rejectionReasons);
        m.put("wall_s", r(wallS, 1));
        m.put("cores", cores);
        m.put("block_interval_ms", intervalMs);
        m.put("image_px", imageSize);
        Map<String, Object> gen = new LinkedHashMap<>();
        gen.put("payloads", payloads);
        gen.put("seconds", r(generationS, 2));
        gen.put("per_s", r(payloads / generationS, 1));
        gen.put("threads", generationThreads);
        gen.put("mean_png_bytes", Math.round(meanPngBytes));
        m.put("generation", gen);
        List<Map<String, Object>> table = new ArrayList<>();
        for (Step s : steps) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("offered_per_s", r(s.offeredPerS(), 2));
            row.put("offered", s.offered());
            row.put("confirmed", s.confirmed());
            row.put("registrations_per_s", r(s.finalisedPerS(), 2));
            row.put("p50_confirm_ms", r(s.p50Ms(), 0));
            row.put("p95_confirm_ms", r(s.p95Ms(), 0));
            row.put("rejected", s.rejected());
            row.put("unfinished", s.unfinished());
            row.put("cpu_per_node", r(s.cpuPerNode()));
            table.add(row);
        }
        m.put("steps", table);
        return m;
    }
}
