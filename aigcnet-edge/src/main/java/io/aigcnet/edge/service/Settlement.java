package io.aigcnet.edge.service;

/**
 * Pays for a served request. The built-in {@link AccountingSettlement} keeps totals per provider;
 * ProSecutor's service round (channel payment, storage chain, roll-up) plugs in here
 * ({@code io.aigcnet.edge.stack.Layer2Settlement}).
 *
 * <p>The city calls {@link #settle(Receipt, ContentDescriptor)} when a request is served (its receipt's delivery
 * time is never earlier than the city's clock at the call), {@link #advanceTo} as its clock moves, and
 * {@link #finish} once after the last request. A settlement that runs its own protocol uses the last two to keep
 * its clock with the city's and to close its books; accounting needs neither.
 */
public interface Settlement {
    void settle(Receipt receipt);

    /** Settles a served request whose output is {@code content}; by default the content plays no part. */
    default void settle(Receipt receipt, ContentDescriptor content) { settle(receipt); }

    /** The city's clock reached {@code nowS}: no later receipt is delivered before it. */
    default void advanceTo(double nowS) { }

    /** No more requests: finish what is in flight (close channels, wait for roll-ups). */
    default void finish() { }
}
