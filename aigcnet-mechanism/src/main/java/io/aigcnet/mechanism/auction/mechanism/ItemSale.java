package io.aigcnet.mechanism.auction.mechanism;

import io.aigcnet.mechanism.auction.offline.Award;

/** The sale of item {@code item} (the data of served AV {@code av}): receiver, payment, true value, quality. */
public record ItemSale(int item, int av, Award award, double value, double xi) {}
