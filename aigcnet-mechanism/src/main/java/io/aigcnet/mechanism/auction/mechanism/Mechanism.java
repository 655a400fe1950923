package io.aigcnet.mechanism.auction.mechanism;

import io.aigcnet.mechanism.auction.model.DemandModel;

import java.util.Locale;

/**
 * The three auctions and two baselines of reconstruction §3's table. An auction is its online
 * demand model plus its offline rule; the online score uses e_hat of that offline rule.
 */
public enum Mechanism {
    /** Single-task demand, second-price offline auction. */
    PVISA("PViSA", DemandModel.SINGLE_TASK, OfflineKind.SECOND_PRICE),
    /** Single-task demand, MSB(alpha) offline auction. */
    EPVISA("EPViSA", DemandModel.SINGLE_TASK, OfflineKind.MSB),
    /** Multi-task demand (the multi-task DT scoring rule), MSB(alpha) offline auction. */
    MTEPVISA("MTEPViSA", DemandModel.MULTI_TASK, OfflineKind.MSB),
    /** No auction: random order first-fit under multi-task demand, uniform offline receivers. */
    RANDOM("Random", DemandModel.MULTI_TASK, OfflineKind.UNIFORM),
    /** Upper bound: exact knapsack online, first-best offline, no payments. */
    OMNISCIENT("Omniscient", DemandModel.MULTI_TASK, OfflineKind.FIRST_BEST);

    /** Which offline rule a mechanism uses. */
    public enum OfflineKind { SECOND_PRICE, MSB, FIRST_BEST, UNIFORM }

    private final String displayName;
    private final DemandModel demand;
    private final OfflineKind offline;

    Mechanism(String displayName, DemandModel demand, OfflineKind offline) {
        this.displayName = displayName;
        this.demand = demand;
        this.offline = offline;
    }

    public String displayName() {
        return displayName;
    }

    public DemandModel demand() {
        return demand;
    }

    public OfflineKind offline() {
        return offline;
    }

    /** PViSA, EPViSA and MTEPViSA: the ones with payments and incentive properties. */
    public boolean isAuction() {
        return this == PVISA || this == EPVISA || this == MTEPVISA;
    }

    /** Lower-case name used on the command line. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses pvisa, epvisa, mtepvisa, random or omniscient (case-insensitive). */
    public static Mechanism parse(String s) {
        for (Mechanism m : values()) {
            if (m.cliName().equalsIgnoreCase(s == null ? "" : s.trim())) return m;
        }
        throw new IllegalArgumentException("mechanism must be one of pvisa, epvisa, mtepvisa, random, omniscient; got '" + s + "'");
    }
}
