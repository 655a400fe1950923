package io.aigcnet.layer2.live;

import com.fasterxml.jackson.databind.JsonNode;
import io.aigcnet.chain.live.LocalNetwork;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Follows the observer node's finalised blocks and records every roll-up and poison in them. */
final class FinalisedBlockWatcher implements Runnable {
    private final NodeHttp http;
    private final LocalNetwork.Plan net;
    private final int observer;
    volatile long start;
    volatile boolean stop;
    volatile Exception error;
    final Map<String, List<String>> rollupOpinions = new LinkedHashMap<>();
    final Map<String, Long> rollupSeenAt = new HashMap<>();
    final Set<String> poisoned = new HashSet<>();
    final Set<String> counted = new HashSet<>();
    final List<Long> blockSeenAt = new ArrayList<>();
    long channelTxs;
    private long next = 1;

    /** @param observer the node whose finalised blocks are read */
    FinalisedBlockWatcher(NodeHttp http, LocalNetwork.Plan net, int observer) {
        this.http = http;
        this.net = net;
        this.observer = observer;
    }

    @Override
    public void run() {
        int failures = 0;
        while (!stop) {
            try {
                JsonNode r = http.getJson(NodeHttp.url(net, observer, "/layer2/finalised?from=" + next + "&max=100"));
                long now = System.nanoTime(); // ambient-ok: when this client saw the blocks final
                synchronized (this) {
                    for (JsonNode b : r.get("blocks")) {
                        next = b.get("height").asLong() + 1;
                        blockSeenAt.add(now);
                        channelTxs += b.get("channel_txs").asLong();
                        for (JsonNode ru : b.get("rollups")) {
                            String id = ru.get("id").asText();
                            String kind = ru.get("kind").asText();
                            if (kind.equals("full")) {
                                List<String> ids = new ArrayList<>();
                                ru.get("opinions").forEach(x -> ids.add(x.asText()));
                                rollupOpinions.putIfAbsent(id, ids);
                                rollupSeenAt.putIfAbsent(id, now);
                            } else if (kind.equals("poison")) {
                                poisoned.add(ru.get("target").asText());
                            }
                        }
                    }
                }
                failures = 0;
                if (r.get("blocks").size() < 100) {
                    Thread.sleep(Layer2LiveBench.POLL_MS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                if (++failures > 50) {
                    error = e;
                    return;
                }
                try {
                    Thread.sleep(Layer2LiveBench.POLL_MS);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
