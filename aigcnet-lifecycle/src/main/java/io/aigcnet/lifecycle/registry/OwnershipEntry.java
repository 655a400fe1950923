package io.aigcnet.lifecycle.registry;

import io.aigcnet.chain.crypto.Address;
import io.aigcnet.chain.crypto.Hash;

/** One link of a product's append-only ownership history; the current owner is the last entry. */
public record OwnershipEntry(Address owner, long sinceHeight, Hash txId, Cause cause, long price) {
    public enum Cause { GENERATED, TRADED }
}
