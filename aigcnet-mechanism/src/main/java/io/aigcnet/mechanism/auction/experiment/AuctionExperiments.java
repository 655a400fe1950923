package io.aigcnet.mechanism.auction.experiment;

import io.aigcnet.core.experiment.Experiment;

import java.util.List;

/** The experiments of the vehicular auction, for the CLI's {@code reproduce}. */
public final class AuctionExperiments {
    private AuctionExperiments() {}

    public static List<Experiment> all() {
        return List.of(new VehicularAuctionExperiment());
    }
}
