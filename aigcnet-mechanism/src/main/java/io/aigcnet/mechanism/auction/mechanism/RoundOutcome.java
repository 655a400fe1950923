package io.aigcnet.mechanism.auction.mechanism;

import io.aigcnet.mechanism.auction.online.OnlineOutcome;

import java.util.List;

/**
 * One two-stage round: the online outcome, the offline sales, and every side's utility
 * (reconstruction §2). Payments are transfers, so the utilities sum to the total surplus.
 */
public record RoundOutcome(Mechanism mechanism, OnlineOutcome online, List<ItemSale> sales, double utilityAv,
        double utilityRsu, double utilityTraffic, double utilityDriving, double onlineSurplus, double offlineSurplus) {

    public RoundOutcome {
        sales = List.copyOf(sales);
    }

    /** SS = sum over served AVs of (V_i - c_R r_i) + sum over items of the receiver's value. */
    public double totalSurplus() {
        return onlineSurplus + offlineSurplus;
    }

    public int nServed() {
        return online.winners().length;
    }
}
