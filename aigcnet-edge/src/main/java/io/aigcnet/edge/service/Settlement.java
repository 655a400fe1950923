package io.aigcnet.edge.service;

/**
 * Pays for a served request. The built-in {@link AccountingSettlement} keeps totals per provider;
 * ProSecutor's service round (channel payment, storage chain, roll-up) plugs in here.
 */
public interface Settlement {
    void settle(Receipt receipt);
}
