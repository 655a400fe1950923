package io.aigcnet.reputation.assess;

/** The weighting factors Ω_kj = (F^a, F^r, W) of one client's opinion on the queried MASP. */
public record FactorValues(double familiarity, double freshness, double marketWorth) {}
