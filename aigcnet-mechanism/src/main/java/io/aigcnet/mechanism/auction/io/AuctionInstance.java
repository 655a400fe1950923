package io.aigcnet.mechanism.auction.io;

import io.aigcnet.mechanism.auction.model.Av;
import io.aigcnet.mechanism.auction.model.Item;

import java.util.List;
import java.util.OptionalDouble;

/**
 * One instance read from a file: the RSU's capacity and unit cost, an optional fixed e_hat, the
 * AVs with their bids and tasks, the optional offline items, and the offline constants (mu_0,
 * alpha, rho; defaults of the reconstruction when absent).
 */
public record AuctionInstance(double capacity, double rsuCost, OptionalDouble eHat, List<Av> avs, double[] bids,
        List<Item> items, double mu0, double alpha, double rho, int nTraffic) {
    public AuctionInstance {
        avs = List.copyOf(avs);
        bids = bids.clone();
        items = List.copyOf(items);
    }

    @Override
    public double[] bids() {
        return bids.clone();
    }
}
