package io.aigcnet.edge.city;

import io.aigcnet.core.progress.Progress;
import io.aigcnet.edge.cache.Access;
import io.aigcnet.edge.cache.CachedModel;
import io.aigcnet.edge.cache.EvictionPolicy;
import io.aigcnet.edge.cache.LfuEviction;
import io.aigcnet.edge.cache.LruEviction;
import io.aigcnet.edge.cache.ModelCache;
import io.aigcnet.edge.cache.PenaltyAwareEviction;
import io.aigcnet.edge.catalogue.Modality;
import io.aigcnet.edge.catalogue.ServiceModel;
import io.aigcnet.edge.mobility.MobilityModel;
import io.aigcnet.edge.offload.AdaptiveOffloading;
import io.aigcnet.edge.offload.FixedOffloading;
import io.aigcnet.edge.offload.LatencyModel;
import io.aigcnet.edge.offload.OffloadEstimate;
import io.aigcnet.edge.offload.OffloadingPolicy;
import io.aigcnet.edge.offload.Placement;
import io.aigcnet.edge.scenario.Scenario;
import io.aigcnet.edge.service.ContentDescriptor;
import io.aigcnet.edge.service.Delivery;
import io.aigcnet.edge.service.Receipt;
import io.aigcnet.edge.service.Settlement;
import io.aigcnet.edge.topology.NodeSpec;
import io.aigcnet.edge.topology.Point;
import io.aigcnet.edge.topology.Tier;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.PriorityQueue;
import java.util.Set;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Runs a {@link Scenario}: a Poisson stream of requests from random users; for each, the covering
 * edges, the offloading decision over local / edge / cloud estimates, the edge selection, the model
 * cache and the step queue (crash semantics), then completion in time order with the handover check
 * (the user's position at completion outside the edge's coverage: migrate or fail), settlement and
 * delivery. Only live tasks (the completion heap) and per-user state are kept.
 */
public final class CitySimulation {
    private final Scenario sc;
    private final MobilityModel mobility;
    private final EdgeSelection selection;
    private final OffloadingPolicy offloading;
    private final Settlement settlement;
    private final Delivery delivery;
    private final UniformRandomProvider workloadRng;
    private final List<ServiceModel> models;
    private final double[] zipfCdf;
    private final EdgeServer[] edges;
    private final CachedModel[][] cachedViews;
    private final int gridSize;
    private final double cellW;
    private final double cellH;
    private final int reach;
    private final double[] deviceBusyUntil;
    private final PriorityQueue<Pending> pending = new PriorityQueue<>();
    private final List<EdgeServer> candidates = new ArrayList<>();
    private final List<OffloadEstimate> estimates = new ArrayList<>(3);
    private final CityMetrics metrics;

    /** An edge task in flight. */
    private record Pending(double endS, long id, int user, int edge, long epoch, double submitS, int model, double energyJ, long price)
            implements Comparable<Pending> {
        @Override public int compareTo(Pending o) {
            int c = Double.compare(endS, o.endS);
            return c != 0 ? c : Long.compare(id, o.id);
        }
    }

    public CitySimulation(Scenario sc, MobilityModel mobility, EdgeSelection selection, OffloadingPolicy offloading,
                          Settlement settlement, Delivery delivery, UniformRandomProvider workloadRng) {
        if (mobility.users() < sc.devices().count())
            throw new IllegalArgumentException("the mobility model has " + mobility.users() + " users, the scenario " + sc.devices().count());
        this.sc = sc;
        this.mobility = mobility;
        this.selection = selection;
        this.offloading = offloading;
        this.settlement = settlement;
        this.delivery = delivery;
        this.workloadRng = workloadRng;
        this.models = catalogue(sc);
        this.zipfCdf = zipfCdf(models.size(), sc.workload().zipfS());
        Scenario.Edges e = sc.edges();
        this.cellW = sc.widthM() / e.cols();
        this.cellH = sc.heightM() / e.rows();
        this.reach = (int) Math.ceil(e.coverageM() / Math.min(cellW, cellH));
        int grid = e.rows() * e.cols();
        this.gridSize = grid;
        this.edges = new EdgeServer[grid + sc.extraEdges().size()];
        this.cachedViews = new CachedModel[edges.length][];
        for (int r = 0; r < e.rows(); r++) {
            for (int c = 0; c < e.cols(); c++) {
                int i = r * e.cols() + c;
                NodeSpec spec = new NodeSpec(gridEdgeId(r, c), Tier.EDGE, e.stepsPerS(), e.gpuMemoryGb(), 0,
                        e.backhaulMbps(), e.wirelessMbps(), new Point((c + 0.5) * cellW, (r + 0.5) * cellH), e.coverageM());
                edges[i] = new EdgeServer(i, spec, new StepQueue(e.stepsPerS(), e.capacitySteps()),
                        new ModelCache(e.gpuMemoryGb(), eviction(sc.policies().caching())));
                cachedViews[i] = models.stream().map(m -> m.cached(e.backhaulMbps())).toArray(CachedModel[]::new);
            }
        }
        for (int k = 0; k < sc.extraEdges().size(); k++) {
            Scenario.ExtraEdge x = sc.extraEdges().get(k);
            int i = grid + k;
            NodeSpec spec = new NodeSpec(x.id(), Tier.valueOf(x.tier().toUpperCase(Locale.ROOT)), x.stepsPerS(), x.gpuMemoryGb(), 0,
                    e.backhaulMbps(), e.wirelessMbps(), new Point(x.xM(), x.yM()), x.coverageM());
            edges[i] = new EdgeServer(i, spec, new StepQueue(x.stepsPerS(), x.capacitySteps()),
                    new ModelCache(x.gpuMemoryGb(), eviction(sc.policies().caching())));
            cachedViews[i] = models.stream().map(m -> m.cached(e.backhaulMbps())).toArray(CachedModel[]::new);
        }
        this.deviceBusyUntil = new double[sc.devices().count()];
        this.metrics = new CityMetrics(sc.durationS());
    }

    static String gridEdgeId(int row, int col) { return String.format(Locale.ROOT, "edge-%d-%d", row, col); }

    /** Every provider a receipt can name: the grid's edges, the extra edges, then "cloud" (the order of {@link #edges()}). */
    public static List<String> providerIds(Scenario sc) {
        List<String> ids = new ArrayList<>();
        for (int r = 0; r < sc.edges().rows(); r++)
            for (int c = 0; c < sc.edges().cols(); c++) ids.add(gridEdgeId(r, c));
        for (Scenario.ExtraEdge x : sc.extraEdges()) ids.add(x.id());
        ids.add("cloud");
        return ids;
    }

    /** The offloading policy a scenario names. */
    public static OffloadingPolicy offloading(Scenario sc) {
        return switch (sc.policies().offloading()) {
            case "local" -> new FixedOffloading(Placement.LOCAL);
            case "edge" -> new FixedOffloading(Placement.EDGE);
            case "cloud" -> new FixedOffloading(Placement.CLOUD);
            default -> new AdaptiveOffloading(sc.policies().energyWeightSecondsPerJoule());
        };
    }

    /** The edge selection a scenario names; reputation selection reads each edge's own service record. */
    public static EdgeSelection selection(Scenario sc, UniformRandomProvider rng) {
        return selection(sc, rng, EdgeServer::reputation);
    }

    /** As above, with reputation selection reading {@code reputation} (the layer-2 roll-ups' tree, for instance). */
    public static EdgeSelection selection(Scenario sc, UniformRandomProvider rng, java.util.function.ToDoubleFunction<EdgeServer> reputation) {
        return switch (sc.policies().selection()) {
            case "nearest" -> new NearestSelection();
            case "random" -> new UniformSelection(rng);
            case "reputation" -> new ReputationSoftmaxSelection(sc.policies().reputationTemperature(), rng, reputation);
            default -> new MostAvailableSelection();
        };
    }

    static EvictionPolicy eviction(String name) {
        return switch (name) {
            case "lru" -> new LruEviction();
            case "lfu" -> new LfuEviction();
            default -> new PenaltyAwareEviction();
        };
    }

    static List<ServiceModel> catalogue(Scenario sc) {
        List<ServiceModel> out = new ArrayList<>();
        for (Scenario.ModelEntry m : sc.catalogue()) {
            Set<Tier> hosts = EnumSet.noneOf(Tier.class);
            for (String h : m.hosts()) hosts.add(Tier.valueOf(h.toUpperCase(Locale.ROOT)));
            Modality mod = m.modality().equals("3d") ? Modality.THREE_D : Modality.valueOf(m.modality().toUpperCase(Locale.ROOT));
            out.add(new ServiceModel(m.id(), mod, m.stepsPerRequest(), m.gpuMemoryGb(), m.downloadGb(), m.loadTimeS(), m.qualityMax(),
                    m.halfQualitySteps(), m.inputMbit(), m.outputMbit(), hosts));
        }
        return out;
    }

    /** Cumulative Zipf(s) over ranks 1..n: P(k) ∝ k^−s. */
    static double[] zipfCdf(int n, double s) {
        double[] cdf = new double[n];
        double sum = 0;
        for (int k = 1; k <= n; k++) sum += Math.pow(k, -s);
        double acc = 0;
        for (int k = 1; k <= n; k++) {
            acc += Math.pow(k, -s) / sum;
            cdf[k - 1] = acc;
        }
        cdf[n - 1] = 1;
        return cdf;
    }

    public CityMetrics metrics() { return metrics; }

    public List<EdgeServer> edges() { return List.of(edges); }

    /** Runs the whole span; progress counts requests against the expected number. */
    public CityMetrics run(Progress progress) {
        double rate = sc.devices().count() * sc.workload().requestsPerUserPerDay() / 86_400.0;
        double t = 0;
        long id = 0;
        long reported = 0;
        if (rate > 0) {
            while (true) {
                t += -Math.log(1 - workloadRng.nextDouble()) / rate;
                if (t > sc.durationS()) break;
                drain(t);
                int user = workloadRng.nextInt(sc.devices().count());
                submit(id++, user, modelIndex(workloadRng.nextDouble()), t);
                settlement.advanceTo(t);
                if (id - reported >= 10_000) {
                    progress.step(id - reported);
                    reported = id;
                }
            }
        }
        progress.step(id - reported);
        drain(Double.POSITIVE_INFINITY);
        settlement.finish();
        return metrics;
    }

    int modelIndex(double u) {
        int lo = 0, hi = zipfCdf.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (zipfCdf[mid] > u) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }

    private void coveringEdges(Point p) {
        candidates.clear();
        Scenario.Edges e = sc.edges();
        int r0 = (int) Math.min(e.rows() - 1, Math.max(0, p.y() / cellH)), c0 = (int) Math.min(e.cols() - 1, Math.max(0, p.x() / cellW));
        for (int r = Math.max(0, r0 - reach); r <= Math.min(e.rows() - 1, r0 + reach); r++)
            for (int c = Math.max(0, c0 - reach); c <= Math.min(e.cols() - 1, c0 + reach); c++) {
                EdgeServer s = edges[r * e.cols() + c];
                if (s.spec.location().distanceTo(p) <= e.coverageM()) candidates.add(s);
            }
        for (int i = gridSize; i < edges.length; i++)
            if (edges[i].spec.location().distanceTo(p) <= edges[i].spec.coverageM()) candidates.add(edges[i]);
    }

    private void submit(long id, int user, int mi, double now) {
        metrics.requests++;
        metrics.hourRequests[metrics.hour(now)]++;
        ServiceModel m = models.get(mi);
        Scenario.Devices d = sc.devices();
        Point pos = mobility.positionAt(user, now);
        coveringEdges(pos);
        double steps = m.stepsPerRequest();
        long budget = sc.workload().budget();
        estimates.clear();

        // local: the device's own queue and compute, if the model runs on a phone and fits its memory
        if (m.hostableOn(Tier.DEVICE) && m.gpuMemoryGb() <= d.gpuMemoryGb()) {
            double compute = LatencyModel.computeS(steps, d.stepsPerS());
            estimates.add(new OffloadEstimate(Placement.LOCAL, LatencyModel.localS(Math.max(0, deviceBusyUntil[user] - now), steps, d.stepsPerS()),
                    LatencyModel.localEnergyJ(d.computePowerW(), compute), true));
        } else {
            estimates.add(OffloadEstimate.infeasible(Placement.LOCAL));
        }
        double up = candidates.isEmpty() ? d.uplinkMbps() : Math.min(d.uplinkMbps(), sc.edges().wirelessMbps());
        double down = candidates.isEmpty() ? d.downlinkMbps() : Math.min(d.downlinkMbps(), sc.edges().wirelessMbps());
        double uploadS = LatencyModel.transferS(m.inputMbit(), up), downloadS = LatencyModel.transferS(m.outputMbit(), down);
        double radioJ = LatencyModel.offloadEnergyJ(d.txPowerW(), uploadS, d.rxPowerW(), downloadS);

        // edge: the selected covering edge's FIFO wait, model load on a miss, and compute
        EdgeServer edge = null;
        long edgePrice = Math.round(steps * sc.edges().pricePerStep());
        if (!candidates.isEmpty() && m.hostableOn(Tier.EDGE) && edgePrice <= budget) {
            for (EdgeServer c : candidates) c.queue.release(now);
            edge = selection.choose(candidates, pos, steps);
            double load = edge.cache.readyInS(cachedViews[edge.index][mi], now);
            estimates.add(new OffloadEstimate(Placement.EDGE, LatencyModel.offloadS(m.inputMbit(), up, 0, edge.queue.queueS(now + uploadS),
                    load, steps, edge.spec.stepsPerS(), m.outputMbit(), down), radioJ, true));
        } else {
            estimates.add(OffloadEstimate.infeasible(Placement.EDGE));
        }
        // cloud: every model, elastic compute, plus the core network's round trip
        long cloudPrice = Math.round(steps * sc.cloud().pricePerStep());
        if (m.hostableOn(Tier.CLOUD) && cloudPrice <= budget) {
            estimates.add(new OffloadEstimate(Placement.CLOUD, LatencyModel.offloadS(m.inputMbit(), up, sc.cloud().coreRttS(), 0, 0, steps,
                    sc.cloud().stepsPerS(), m.outputMbit(), down), radioJ, true));
        } else {
            estimates.add(OffloadEstimate.infeasible(Placement.CLOUD));
        }

        Placement choice = offloading.choose(estimates);
        if (edge != null && choice != Placement.EDGE) {
            // pull-through: the cell's edge counts the request and fetches the model it lacks if it has room,
            // so later requests can hit (a background pull never evicts: no thrash from requests served elsewhere)
            metrics.backhaulGb += edge.cache.pullIfRoom(cachedViews[edge.index][mi], now);
        }
        if (choice == null) {
            metrics.infeasible++;
            return;
        }
        metrics.byPlacement[choice.ordinal()]++;
        double quality = m.quality(steps);
        double deadline = sc.workload().maxLatencyS();
        switch (choice) {
            case LOCAL -> {
                OffloadEstimate est = estimates.get(0);
                deviceBusyUntil[user] = now + est.latencyS();
                metrics.completed(now, est.latencyS(), deadline, est.energyJ(), quality);
            }
            case CLOUD -> {
                OffloadEstimate est = estimates.get(2);
                ContentDescriptor content = new ContentDescriptor(id, m.id(), m.modality().name(), quality, m.outputMbit(), "cloud");
                double deliver = delivery.deliverS(content, down);
                double latency = est.latencyS() - downloadS + deliver;
                settlement.settle(new Receipt(id, user, "cloud", "cloud", steps, cloudPrice, now, now + latency), content);
                metrics.completed(now, latency, deadline, est.energyJ(), quality);
            }
            case EDGE -> admitAtEdge(id, user, mi, m, edge, now, uploadS, steps, radioJ, edgePrice);
        }
    }

    private void admitAtEdge(long id, int user, int mi, ServiceModel m, EdgeServer edge, double now, double uploadS, double steps,
                             double radioJ, long price) {
        Access a = edge.cache.access(cachedViews[edge.index][mi], now);
        if (a.hit()) metrics.cacheHits++;
        else metrics.cacheMisses++;
        metrics.loadDelaySumS += a.loadDelayS();
        metrics.backhaulGb += a.backhaulGb();
        double arrive = now + uploadS;
        if (edge.queue.wouldCrash(steps)) {
            // AGOD's crash: every in-flight task on this edge is lost and the request is refused
            int lost = edge.queue.crash();
            metrics.crashEvents++;
            metrics.hourCrashes[metrics.hour(now)]++;
            metrics.lostToCrash += lost;
            metrics.refusedByCrash++;
            edge.crashes++;
            edge.failed += lost + 1;
            return;
        }
        double end = edge.queue.admit(arrive, arrive + a.loadDelayS(), steps);
        pending.add(new Pending(end, id, user, edge.index, edge.queue.epoch(), now, mi, radioJ, price));
    }

    /** Completes every edge task ending by {@code untilS}, in time order. */
    private void drain(double untilS) {
        while (!pending.isEmpty() && pending.peek().endS <= untilS) {
            Pending p = pending.poll();
            EdgeServer edge = edges[p.edge];
            if (edge.queue.epoch() != p.epoch) continue; // lost in a crash, already counted
            ServiceModel m = models.get(p.model);
            double end = p.endS;
            Point at = mobility.positionAt(p.user, end);
            if (at.distanceTo(edge.spec.location()) > edge.spec.coverageM()) {
                metrics.handovers++;
                if (sc.policies().handover().equals("fail")) {
                    metrics.failedAtHandover++;
                    edge.failed++;
                    continue;
                }
                // migrate: the task's result moves to the new cell over the backhaul
                metrics.migrated++;
                end += sc.policies().migrationS() + LatencyModel.transferS(m.outputMbit(), edge.spec.backhaulMbps());
            }
            double down = Math.min(sc.devices().downlinkMbps(), sc.edges().wirelessMbps());
            ContentDescriptor content = new ContentDescriptor(p.id, m.id(), m.modality().name(), m.quality(m.stepsPerRequest()),
                    m.outputMbit(), edge.spec.id());
            double delivered = end + delivery.deliverS(content, down);
            edge.served++;
            settlement.settle(new Receipt(p.id, p.user, edge.spec.id(), "edge", m.stepsPerRequest(), p.price, p.submitS, delivered), content);
            metrics.completed(p.submitS, delivered - p.submitS, sc.workload().maxLatencyS(), p.energyJ, content.quality());
        }
    }
}
