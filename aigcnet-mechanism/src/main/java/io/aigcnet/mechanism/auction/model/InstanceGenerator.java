package io.aigcnet.mechanism.auction.model;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * Draws random rounds (reconstruction §2 and §4). AVs come from one stream in the order AV, then
 * type, then (w, tau, v); items from another, xi first and then mu_1..mu_M. Lognormals are
 * exp(m + s * N(0,1)).
 */
public final class InstanceGenerator {
    private final MarketParams params;
    private final List<TaskType> types;

    public InstanceGenerator(MarketParams params, List<TaskType> types) {
        this.params = params;
        this.types = List.copyOf(types);
    }

    public List<Av> avs(int n, UniformRandomProvider rng) {
        List<Av> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            List<DtTask> tasks = new ArrayList<>(types.size());
            for (TaskType t : types) {
                double w = uniform(rng, t.wMin(), t.wMax());
                double tau = uniform(rng, t.tauMin(), t.tauMax());
                double v = uniform(rng, t.vMin(), t.vMax());
                tasks.add(new DtTask(w, tau, v));
            }
            out.add(new Av(i, tasks));
        }
        return out;
    }

    /** {@code count} items: xi ~ LogNormal(-sigmaXi^2/2, sigmaXi), mu_m ~ LogNormal(0, sigmaMu). */
    public List<Item> items(int count, UniformRandomProvider rng) {
        ZigguratSampler.NormalizedGaussian g = ZigguratSampler.NormalizedGaussian.of(rng);
        List<Item> out = new ArrayList<>(count);
        for (int j = 0; j < count; j++) out.add(item(g));
        return out;
    }

    private Item item(ZigguratSampler.NormalizedGaussian g) {
        double s = params.sigmaXi();
        double xi = Math.exp(-s * s / 2 + s * g.sample());
        double[] mu = new double[params.nTraffic()];
        for (int m = 0; m < mu.length; m++) mu[m] = Math.exp(params.sigmaMu() * g.sample());
        return new Item(xi, mu);
    }

    /** A round of n AVs with n items (enough for every AV to be served). */
    public Instance instance(int n, UniformRandomProvider avRng, UniformRandomProvider itemRng) {
        return new Instance(avs(n, avRng), items(n, itemRng));
    }

    private static double uniform(UniformRandomProvider rng, double lo, double hi) {
        return lo + (hi - lo) * rng.nextDouble();
    }
}
