package io.aigcnet.reputation.assess;

/** One earlier opinion of a client on a MASP: the fee paid for that round and the block it was recorded in. */
public record FeeRecord(double fee, long block) {}
