package io.aigcnet.lifecycle.http;

import io.aigcnet.chain.app.AppExecutor;
import io.aigcnet.chain.consensus.ChainMode;
import io.aigcnet.chain.consensus.ChainParams;
import io.aigcnet.chain.live.ApiRoute;
import io.aigcnet.chain.live.NodeApplication;
import io.aigcnet.lifecycle.registry.LifecycleApp;
import io.aigcnet.lifecycle.registry.LifecycleParams;
import java.nio.file.Path;
import java.util.List;

/**
 * A live node running the AIGC lifecycle in the survey's chain mode (first come first served, no fees,
 * {@code blockReward} per block). Content lives in {@code contentDir}, shared by the nodes of a local network.
 */
public final class LifecycleNodeApp implements NodeApplication {
    private final LifecycleApp app;
    private final DirectoryContentStore content;
    private final long blockReward;

    public LifecycleNodeApp(LifecycleParams params, Path contentDir, long blockReward) {
        this.content = new DirectoryContentStore(contentDir);
        this.app = new LifecycleApp(params, content);
        this.blockReward = blockReward;
    }

    public LifecycleApp app() {
        return app;
    }

    @Override
    public AppExecutor executor() {
        return app;
    }

    @Override
    public ChainParams params(ChainParams base) {
        return ChainMode.FCFS_NO_FEE.apply(base, blockReward);
    }

    @Override
    public List<ApiRoute> routes(NodeAccess node) {
        return List.of(new LifecycleRoutes(app, content, node));
    }
}
