package io.aigcnet.mechanism.auction;

import io.aigcnet.core.rng.RngStreams;
import io.aigcnet.mechanism.auction.mechanism.ExternalityTable;
import io.aigcnet.mechanism.auction.model.Instance;
import io.aigcnet.mechanism.auction.model.InstanceGenerator;
import io.aigcnet.mechanism.auction.model.MarketParams;
import io.aigcnet.mechanism.auction.model.TaskType;

/** Shared test instances: the default market, drawn exactly as the experiment draws them. */
public final class Fixtures {
    public static final MarketParams PARAMS = MarketParams.defaults();
    private static ExternalityTable eHat;

    private Fixtures() {}

    public static Instance instance(long root, int s, int n) {
        RngStreams streams = RngStreams.of(root).child("instance-" + s);
        return new InstanceGenerator(PARAMS, TaskType.defaults()).instance(n, streams.fresh("avs"), streams.fresh("items"));
    }

    /** e_hat at the default 20,000 draws (computed once per test JVM). */
    public static synchronized ExternalityTable eHat() {
        if (eHat == null) eHat = ExternalityTable.estimate(PARAMS, 20_000, 12345L);
        return eHat;
    }
}
