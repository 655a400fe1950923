package io.aigcnet.layer2.live;

import io.aigcnet.chain.live.NodeMain;
import java.nio.file.Path;

/**
 * Plain entry point of one live node with the layer-2 application ({@code --config FILE}; the plan is the
 * {@code layer2.json} beside the node's data directory). The CLI's {@code aigcnet node --app layer2} does the same.
 */
public final class Layer2NodeMain {
    private Layer2NodeMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2 || !args[0].equals("--config")) {
            System.err.println("usage: Layer2NodeMain --config FILE");
            System.exit(2);
        }
        NodeMain.run(Path.of(args[1]), cfg -> new Layer2NodeApp(Layer2LiveBench.planFor(cfg)));
    }
}
