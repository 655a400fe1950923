package io.aigcnet.layer2.cost;

import io.aigcnet.chain.cost.CpuOps;
import java.util.ArrayList;
import java.util.List;

/** Names of the layer-2 CPU operations (besides the chain's sign/verify/hash/execute in {@link CpuOps}). */
public final class Layer2Ops {
    /** An RCO executing one opinion with the MWSL equations (signature excluded). */
    public static final String OPINION_APPLY = "opinion_apply";
    /** Rebuilding one Reputation Tree leaf (the MASP's reputation for the neutral viewer, its hash and its Merkle share). */
    public static final String TREE_UPDATE_LEAF = "tree_update_leaf";
    /** Putting one opinion into a roll-up block (its id in the block, the payload encoding). */
    public static final String ROLLUP_BUILD_OPINION = "rollup_build_opinion";
    /** Building one channel state and its digest (signature excluded), fixed part. */
    public static final String CHANNEL_UPDATE = "channel_update";
    /**
     * Extra per frontier hash of a channel state's transfer commitment (at most 63; the popcount of the
     * transfers completed): its encoding and digest.
     */
    public static final String CHANNEL_STATE_TRANSFER = "channel_state_transfer";

    /** Every operation the layer-2 experiments charge; a cost table for them must price all of these. */
    public static List<String> all() {
        List<String> all = new ArrayList<>(CpuOps.ALL);
        all.addAll(List.of(OPINION_APPLY, TREE_UPDATE_LEAF, ROLLUP_BUILD_OPINION, CHANNEL_UPDATE, CHANNEL_STATE_TRANSFER));
        return List.copyOf(all);
    }

    private Layer2Ops() {
    }
}
