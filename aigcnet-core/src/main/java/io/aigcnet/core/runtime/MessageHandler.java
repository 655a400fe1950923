package io.aigcnet.core.runtime;

/** Receives messages delivered to one node. */
@FunctionalInterface
public interface MessageHandler<M> {
    void onMessage(NodeId from, M message);
}
