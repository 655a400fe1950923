package io.aigcnet.semcom.alloc;

import io.aigcnet.core.config.Checks;
import io.aigcnet.core.config.Validated;

/**
 * Options of the allocation problem (G-SemCom eq. (19)) beyond the paper's weights: the number of
 * users N; an optional MASP capacity shared by all users (0 = none, as in eq. (19); Fig. 16a needs
 * one), enforced by scaling every allocation down in proportion; whether the state carries the
 * per-user caps (off = the paper's state); and the paper-literal critic target of eq. (23), which
 * bootstraps from the same state (episodes then never terminate, they are truncated after one step);
 * and ADD's reverse step exactly as eq. (21) prints it ({@code paper_literal_reverse}; DDPM's by default).
 */
public record AllocationSettings(int users, long totalCapacityPx, boolean channelFeatures, boolean paperLiteralBootstrap,
                                 boolean paperLiteralReverse) implements Validated {

    public static AllocationSettings of(int users) { return new AllocationSettings(users, 0, false, false, false); }

    public AllocationSettings withCapacity(long px) {
        return new AllocationSettings(users, px, channelFeatures, paperLiteralBootstrap, paperLiteralReverse);
    }

    @Override
    public void validate() {
        Checks.range("users", users, 1, 64);
        Checks.range("total_capacity_px", totalCapacityPx, 0, Long.MAX_VALUE);
    }
}
