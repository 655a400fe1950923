package io.aigcnet.core.runtime;

/** A peer on the network, numbered 0..n-1 within one network. */
public record NodeId(int value) implements Comparable<NodeId> {
    public NodeId {
        if (value < 0) {
            throw new IllegalArgumentException("node id must be >= 0, got " + value);
        }
    }

    public static NodeId of(int value) {
        return new NodeId(value);
    }

    @Override
    public int compareTo(NodeId o) {
        return Integer.compare(value, o.value);
    }

    @Override
    public String toString() {
        return "n" + value;
    }
}
