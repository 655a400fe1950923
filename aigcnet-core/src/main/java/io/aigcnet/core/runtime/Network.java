package io.aigcnet.core.runtime;

import java.util.List;

/**
 * Unreliable point-to-point messaging between the nodes of one network. Messages may be delayed,
 * lost, duplicated or reordered; protocols must tolerate all four. The message type is the protocol's
 * own (a sealed interface of records); the live runtime encodes it to bytes with the protocol's codec,
 * the simulator passes the immutable value and charges its encoded size against the link bandwidth.
 */
public interface Network<M> {
    NodeId self();

    /** All other nodes, in id order. */
    List<NodeId> peers();

    void send(NodeId to, M message);

    default void broadcast(M message) {
        for (NodeId p : peers()) {
            send(p, message);
        }
    }

    /** Installs the handler of incoming messages (replaces any previous one). */
    void onReceive(MessageHandler<M> handler);
}
