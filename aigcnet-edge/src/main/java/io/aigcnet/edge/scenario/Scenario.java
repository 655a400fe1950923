package io.aigcnet.edge.scenario;

import io.aigcnet.core.config.Checks;
import io.aigcnet.core.config.ConfigException;
import io.aigcnet.core.config.Validated;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A day (or any span) of a city. Units are in the field names: seconds, metres, Mbit/s, GB, W,
 * diffusion steps. Defaults ({@link #defaults()}) are a 10 km × 10 km city with a 5 × 5 grid of edges.
 */
public record Scenario(String name, double durationS, double widthM, double heightM, Cloud cloud, Edges edges, List<ExtraEdge> extraEdges,
                       Devices devices, Mobility mobility, Workload workload, List<ModelEntry> catalogue, Policies policies) implements Validated {

    /** The same scenario with other devices, workload and policies (experiments vary these). */
    public Scenario with(double durationS, Devices devices, Workload workload, Policies policies) {
        return new Scenario(name, durationS, widthM, heightM, cloud, edges, extraEdges, devices, mobility, workload, catalogue, policies);
    }

    /** An optional roadside unit or UAV edge at a fixed position (hovering), beside the grid; {@code tier}: rsu or uav. */
    public record ExtraEdge(String id, String tier, double xM, double yM, double stepsPerS, int capacitySteps, double gpuMemoryGb,
                            double coverageM) {}

    /** The cloud tier: fast, far (core-network round trip), and holding every model. */
    public record Cloud(double stepsPerS, double coreRttS, double pricePerStep) {}

    /**
     * Edge servers on a rows × cols grid over the city. {@code capacitySteps} is the admitted-step limit
     * (queued + running) with AGOD's crash semantics; {@code gpuMemoryGb} is the model cache.
     */
    public record Edges(int rows, int cols, double stepsPerS, int capacitySteps, double gpuMemoryGb, double backhaulMbps,
                        double wirelessMbps, double coverageM, double pricePerStep) {}

    /** Phones: their own compute and memory, radio rates and powers. */
    public record Devices(int count, double stepsPerS, double gpuMemoryGb, double uplinkMbps, double downlinkMbps, double computePowerW,
                          double txPowerW, double rxPowerW) {}

    /** {@code model}: random_waypoint, static or trace (then {@code traceFile}, CSV user,t_s,x_m,y_m). */
    public record Mobility(String model, double speedMinMps, double speedMaxMps, double pauseS, String traceFile) {}

    /**
     * Requests: a Poisson stream of {@code requestsPerUserPerDay} per user, the model drawn Zipf(s) over
     * the catalogue order, a latency requirement and a budget per request (minor currency units).
     */
    public record Workload(double requestsPerUserPerDay, double zipfS, double maxLatencyS, long budget) {}

    /** One catalogue entry; {@code modality}: text, image, audio, video or 3d; {@code hosts} ⊆ {cloud, edge, device}. */
    public record ModelEntry(String id, String modality, double stepsPerRequest, double gpuMemoryGb, double downloadGb, double loadTimeS,
                             double qualityMax, double halfQualitySteps, double inputMbit, double outputMbit, List<String> hosts) {}

    /**
     * {@code selection}: nearest, crash_avoid, random or reputation (softmax over each edge's reputation);
     * {@code offloading}: local, edge, cloud or adaptive; {@code caching}: lru, lfu or penalty_aware;
     * {@code handover}: migrate or fail; {@code energyWeightSecondsPerJoule} for adaptive offloading; {@code migrationS}
     * the fixed cost of moving a task to the new cell (plus its output over the backhaul); {@code delivery}: direct
     * (every bit) or gsemcom (images as G-SemCom's semantic pixels plus the prompt, regenerated on the phone);
     * {@code settlement}: accounting (exact books per provider) or layer2 (ProSecutor's service round: a hash-locked
     * channel payment per request, the output on the storage chain, the phone's opinion rolled up onto a simulated
     * DPoS anchor chain).
     */
    public record Policies(String selection, String offloading, String caching, String handover, double energyWeightSecondsPerJoule,
                           double migrationS, double reputationTemperature, String delivery, String settlement) {
        /** The same policies with another settlement. */
        public Policies withSettlement(String s) {
            return new Policies(selection, offloading, caching, handover, energyWeightSecondsPerJoule, migrationS, reputationTemperature,
                    delivery, s);
        }
    }

    public static Scenario defaults() {
        return new Scenario("city", 86_400, 10_000, 10_000,
                new Cloud(200, 0.3, 2),
                new Edges(5, 5, 100, 4000, 48, 1000, 200, 1500, 1),
                List.of(),
                new Devices(100_000, 4, 6, 20, 100, 5, 0.5, 0.2),
                new Mobility("random_waypoint", 0.5, 15, 300, ""),
                new Workload(10, 0.8, 30, 1000),
                List.of(
                        new ModelEntry("sd-1.5", "image", 50, 6, 4, 8, 1, 20, 0.1, 2, List.of("cloud", "edge", "device")),
                        new ModelEntry("sdxl", "image", 40, 12, 7, 15, 1, 15, 0.1, 8, List.of("cloud", "edge")),
                        new ModelEntry("llama-7b", "text", 60, 14, 13, 20, 1, 25, 0.01, 0.05, List.of("cloud", "edge")),
                        new ModelEntry("phi-2", "text", 20, 3, 2.5, 4, 0.8, 10, 0.01, 0.05, List.of("cloud", "edge", "device")),
                        new ModelEntry("audioldm", "audio", 100, 5, 3, 6, 1, 40, 0.01, 4, List.of("cloud", "edge")),
                        new ModelEntry("musicgen", "audio", 150, 8, 6, 10, 1, 60, 0.01, 6, List.of("cloud", "edge")),
                        new ModelEntry("videocrafter", "video", 400, 20, 10, 25, 1, 150, 0.1, 40, List.of("cloud", "edge")),
                        new ModelEntry("shap-e", "3d", 64, 7, 5, 9, 1, 30, 0.01, 12, List.of("cloud", "edge"))),
                new Policies("crash_avoid", "adaptive", "penalty_aware", "migrate", 0.05, 0.5, 0.1, "direct", "accounting"));
    }

    static final Set<String> MODALITIES = Set.of("text", "image", "audio", "video", "3d");
    static final Set<String> HOSTS = Set.of("cloud", "edge", "device");

    @Override public void validate() {
        if (name == null || name.isBlank()) throw ConfigException.field("name", "must be a non-empty string");
        Checks.range("duration_s", durationS, 1, 365 * 86_400.0);
        Checks.range("width_m", widthM, 1, 1e6);
        Checks.range("height_m", heightM, 1, 1e6);
        if (cloud == null) throw ConfigException.field("cloud", "missing");
        Checks.positive("cloud.steps_per_s", cloud.stepsPerS());
        Checks.range("cloud.core_rtt_s", cloud.coreRttS(), 0, 60);
        Checks.range("cloud.price_per_step", cloud.pricePerStep(), 0, 1e9);
        if (edges == null) throw ConfigException.field("edges", "missing");
        Checks.range("edges.rows", edges.rows(), 1, 1000);
        Checks.range("edges.cols", edges.cols(), 1, 1000);
        Checks.positive("edges.steps_per_s", edges.stepsPerS());
        Checks.range("edges.capacity_steps", edges.capacitySteps(), 1, 1_000_000_000);
        Checks.range("edges.gpu_memory_gb", edges.gpuMemoryGb(), 0, 1e6);
        Checks.positive("edges.backhaul_mbps", edges.backhaulMbps());
        Checks.positive("edges.wireless_mbps", edges.wirelessMbps());
        Checks.positive("edges.coverage_m", edges.coverageM());
        Checks.range("edges.price_per_step", edges.pricePerStep(), 0, 1e9);
        if (extraEdges == null) throw ConfigException.field("extra_edges", "must be a list (may be empty)");
        Set<String> edgeIds = new HashSet<>();
        for (int i = 0; i < extraEdges.size(); i++) {
            String at = "extra_edges[" + i + "].";
            ExtraEdge x = extraEdges.get(i);
            if (x == null) throw ConfigException.field("extra_edges[" + i + "]", "must be a mapping");
            if (x.id() == null || x.id().isBlank() || !edgeIds.add(x.id()) || x.id().startsWith("edge-"))
                throw ConfigException.field(at + "id", "must be a unique non-empty id not starting with 'edge-' (the grid's names)");
            Checks.oneOf(at + "tier", x.tier(), "rsu", "uav");
            Checks.range(at + "x_m", x.xM(), 0, widthM);
            Checks.range(at + "y_m", x.yM(), 0, heightM);
            Checks.positive(at + "steps_per_s", x.stepsPerS());
            Checks.range(at + "capacity_steps", x.capacitySteps(), 1, 1_000_000_000);
            Checks.range(at + "gpu_memory_gb", x.gpuMemoryGb(), 0, 1e6);
            Checks.positive(at + "coverage_m", x.coverageM());
        }
        if (devices == null) throw ConfigException.field("devices", "missing");
        Checks.range("devices.count", devices.count(), 1, 10_000_000);
        Checks.positive("devices.steps_per_s", devices.stepsPerS());
        Checks.range("devices.gpu_memory_gb", devices.gpuMemoryGb(), 0, 1e4);
        Checks.positive("devices.uplink_mbps", devices.uplinkMbps());
        Checks.positive("devices.downlink_mbps", devices.downlinkMbps());
        Checks.range("devices.compute_power_w", devices.computePowerW(), 0, 1e4);
        Checks.range("devices.tx_power_w", devices.txPowerW(), 0, 1e4);
        Checks.range("devices.rx_power_w", devices.rxPowerW(), 0, 1e4);
        if (mobility == null) throw ConfigException.field("mobility", "missing");
        Checks.oneOf("mobility.model", mobility.model(), "random_waypoint", "static", "trace");
        if (mobility.model().equals("random_waypoint")) {
            Checks.positive("mobility.speed_min_mps", mobility.speedMinMps());
            Checks.range("mobility.speed_max_mps", mobility.speedMaxMps(), mobility.speedMinMps(), 1e4);
            Checks.range("mobility.pause_s", mobility.pauseS(), 0, 1e7);
        }
        if (mobility.model().equals("trace") && (mobility.traceFile() == null || mobility.traceFile().isBlank()))
            throw ConfigException.field("mobility.trace_file", "required when mobility.model is trace (CSV user,t_s,x_m,y_m)");
        if (workload == null) throw ConfigException.field("workload", "missing");
        Checks.range("workload.requests_per_user_per_day", workload.requestsPerUserPerDay(), 0, 1e6);
        Checks.range("workload.zipf_s", workload.zipfS(), 0, 10);
        Checks.positive("workload.max_latency_s", workload.maxLatencyS());
        Checks.range("workload.budget", workload.budget(), 0, Long.MAX_VALUE / 4);
        if (catalogue == null || catalogue.isEmpty()) throw ConfigException.field("catalogue", "must list at least one model");
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < catalogue.size(); i++) {
            String at = "catalogue[" + i + "].";
            ModelEntry m = catalogue.get(i);
            if (m == null) throw ConfigException.field("catalogue[" + i + "]", "must be a mapping");
            if (m.id() == null || m.id().isBlank()) throw ConfigException.field(at + "id", "must be a non-empty string");
            if (!ids.add(m.id())) throw ConfigException.field(at + "id", "duplicate model id '" + m.id() + "'");
            if (m.modality() == null || !MODALITIES.contains(m.modality()))
                throw ConfigException.field(at + "modality", "must be one of text, image, audio, video, 3d; got " + m.modality());
            Checks.positive(at + "steps_per_request", m.stepsPerRequest());
            Checks.positive(at + "gpu_memory_gb", m.gpuMemoryGb());
            Checks.range(at + "download_gb", m.downloadGb(), 0, 1e5);
            Checks.range(at + "load_time_s", m.loadTimeS(), 0, 1e5);
            Checks.range(at + "quality_max", m.qualityMax(), 0, 1e6);
            Checks.positive(at + "half_quality_steps", m.halfQualitySteps());
            Checks.range(at + "input_mbit", m.inputMbit(), 0, 1e6);
            Checks.range(at + "output_mbit", m.outputMbit(), 0, 1e6);
            if (m.hosts() == null || m.hosts().isEmpty()) throw ConfigException.field(at + "hosts", "must list at least one of cloud, edge, device");
            for (String h : m.hosts())
                if (!HOSTS.contains(h)) throw ConfigException.field(at + "hosts", "unknown tier '" + h + "'; allowed: cloud, edge, device");
        }
        if (policies == null) throw ConfigException.field("policies", "missing");
        Checks.oneOf("policies.selection", policies.selection(), "nearest", "crash_avoid", "random", "reputation");
        Checks.oneOf("policies.offloading", policies.offloading(), "local", "edge", "cloud", "adaptive");
        Checks.oneOf("policies.caching", policies.caching(), "lru", "lfu", "penalty_aware");
        Checks.oneOf("policies.handover", policies.handover(), "migrate", "fail");
        Checks.oneOf("policies.delivery", policies.delivery(), "direct", "gsemcom");
        Checks.oneOf("policies.settlement", policies.settlement(), "accounting", "layer2");
        Checks.range("policies.energy_weight_seconds_per_joule", policies.energyWeightSecondsPerJoule(), 0, 1e6);
        Checks.range("policies.migration_s", policies.migrationS(), 0, 1e4);
        Checks.positive("policies.reputation_temperature", policies.reputationTemperature());
    }

    /** Expected requests over the whole run. */
    public double expectedRequests() {
        return devices.count() * workload.requestsPerUserPerDay() * durationS / 86_400.0;
    }
}
