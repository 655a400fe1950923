package io.aigcnet.edge.catalogue;

import io.aigcnet.edge.cache.CachedModel;
import io.aigcnet.edge.topology.Tier;
import java.util.Set;

/**
 * One catalogue entry. {@code stepsPerRequest} is the resource a request uses, in diffusion steps (a
 * token model gives its cost in step-equivalents). Quality follows a saturating curve
 * q(r) = q_max·(1 − exp(−r / r_half·ln 2)), so r_half steps give half of q_max (our choice; the
 * survey gives no formula, docs/decisions.md). Sizes in GB, output in Mbit.
 */
public record ServiceModel(String id, Modality modality, double stepsPerRequest, double gpuMemoryGb, double downloadGb,
                           double loadTimeS, double qualityMax, double halfQualitySteps, double inputMbit, double outputMbit,
                           Set<Tier> hosts) {
    public ServiceModel {
        hosts = Set.copyOf(hosts);
    }

    /** Quality reached with {@code steps} of resource, in [0, q_max). */
    public double quality(double steps) {
        return qualityMax * (1 - Math.exp(-steps / halfQualitySteps * Math.log(2)));
    }

    public boolean hostableOn(Tier tier) { return hosts.contains(tier) || (tier.isEdge() && hosts.contains(Tier.EDGE)); }

    /** The cache's view: footprint, and the miss penalty = download over the backhaul + load time. */
    public CachedModel cached(double backhaulMbps) {
        double downloadS = backhaulMbps > 0 ? downloadGb * 8000 / backhaulMbps : Double.POSITIVE_INFINITY;
        return new CachedModel(id, gpuMemoryGb, downloadS + loadTimeS, downloadGb);
    }
}
