package io.aigcnet.edge.topology;

/** Where a node sits; RSU and UAV are optional mobile or roadside edges. */
public enum Tier {
    CLOUD, EDGE, RSU, UAV, DEVICE;

    /** True for the tiers that serve as edge servers (ASPs). */
    public boolean isEdge() { return this == EDGE || this == RSU || this == UAV; }
}
