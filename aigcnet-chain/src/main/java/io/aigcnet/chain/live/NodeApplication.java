package io.aigcnet.chain.live;

import io.aigcnet.chain.app.AppExecutor;
import io.aigcnet.chain.consensus.ChainParams;
import io.aigcnet.chain.node.ChainNode;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * An application a live node runs on its chain: the state machine of its {@code APP} transactions, the
 * chain parameters it needs (for example the survey's fee-less mode), and its HTTP endpoints.
 */
public interface NodeApplication {
    /** No application: ProSecutor's plain anchor chain. */
    NodeApplication NONE = new NodeApplication() {
        @Override
        public AppExecutor executor() {
            return AppExecutor.NONE;
        }

        @Override
        public List<ApiRoute> routes(NodeAccess node) {
            return List.of();
        }
    };

    AppExecutor executor();

    /** Adjusts the agreed parameters; all nodes of the chain must run the same application. */
    default ChainParams params(ChainParams base) {
        return base;
    }

    List<ApiRoute> routes(NodeAccess node);

    /**
     * Called once on the node's event loop after the chain node is built and before it starts: actors that
     * live beside the chain node (roll-up coordinators, channel hosts) attach to it here and schedule on
     * {@code loop}, the only thread that may touch {@code node}.
     */
    default void attach(ChainNode node, LiveRuntime loop, NodeConfig config) throws Exception {
    }

    /** Releases what {@link #attach} opened (sockets, threads); called when the node closes. */
    default void close() {
    }

    /** What the dashboard and the API show of this application (channels, roll-ups, reputations, ...). */
    default io.aigcnet.chain.http.AppView view() {
        return io.aigcnet.chain.http.AppView.NONE;
    }

    /** Runs code on the node's event loop (the only thread that may touch the node). */
    interface NodeAccess {
        <T> T call(Function<ChainNode, T> f) throws Exception;
    }

    /** Adapts an event loop. */
    static NodeAccess access(LiveRuntime loop, ChainNode node) {
        return new NodeAccess() {
            @Override
            public <T> T call(Function<ChainNode, T> f) throws Exception {
                Callable<T> c = () -> f.apply(node);
                return loop.call(c);
            }
        };
    }
}
