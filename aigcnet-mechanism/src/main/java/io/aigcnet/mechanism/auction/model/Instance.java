package io.aigcnet.mechanism.auction.model;

import java.util.List;

/**
 * One market round: the AVs and the pool of offline items. Item j is the data of the j-th served
 * AV in ascending AV index, so every mechanism sells the same item draws (common random numbers).
 */
public record Instance(List<Av> avs, List<Item> items) {
    public Instance {
        avs = List.copyOf(avs);
        items = List.copyOf(items);
    }

    public int size() {
        return avs.size();
    }

    /** The true values V_i, which truthful AVs bid. */
    public double[] values() {
        double[] v = new double[avs.size()];
        for (int i = 0; i < v.length; i++) v[i] = avs.get(i).value();
        return v;
    }

    public double[] demands(DemandModel model) {
        double[] r = new double[avs.size()];
        for (int i = 0; i < r.length; i++) r[i] = avs.get(i).demand(model);
        return r;
    }
}
