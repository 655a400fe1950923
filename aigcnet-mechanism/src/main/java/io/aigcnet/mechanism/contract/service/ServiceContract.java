package io.aigcnet.mechanism.contract.service;

import io.aigcnet.mechanism.contract.prosecutor.MarketState;
import io.aigcnet.mechanism.contract.prosecutor.PaymentContract;

/** Chooses the contract {μ_s, F_s} a client offers a MASP at the handshake of a service round. */
public interface ServiceContract extends AutoCloseable {

    /** The contract for a round in market state e. */
    PaymentContract offer(MarketState state);

    /** What contract policy this is, for reports ("fixed mu_s = 150, F_s = 10", "exact optimum", ...). */
    String describe();

    /** Releases a loaded policy's native resources; a no-op otherwise. */
    @Override default void close() {}
}
