package io.aigcnet.edge.service;

import java.util.Map;
import java.util.TreeMap;

/** Exact accounts: revenue per provider and in total, in long minor units (overflow is an error). */
public final class AccountingSettlement implements Settlement {
    private final Map<String, Long> revenue = new TreeMap<>();
    private long total;
    private long receipts;

    @Override public void settle(Receipt r) {
        if (r.price() < 0) throw new IllegalArgumentException("negative price in receipt " + r.requestId());
        revenue.merge(r.provider(), r.price(), Math::addExact);
        total = Math.addExact(total, r.price());
        receipts++;
    }

    public long total() { return total; }

    public long receipts() { return receipts; }

    /** Revenue by provider, sorted by provider id. */
    public Map<String, Long> revenue() { return Map.copyOf(revenue); }
}
