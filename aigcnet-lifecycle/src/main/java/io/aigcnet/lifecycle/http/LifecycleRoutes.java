package io.aigcnet.lifecycle.http;

import io.aigcnet.chain.crypto.Address;
import io.aigcnet.chain.crypto.Hash;
import io.aigcnet.chain.live.ApiRoute;
import io.aigcnet.chain.live.NodeApplication.NodeAccess;
import io.aigcnet.lifecycle.registry.LifecycleApp;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The lifecycle's JSON endpoints (transactions themselves go through the node's {@code POST /tx}):
 * <ul>
 *   <li>{@code POST /aigc/content} (body: sealed bytes) stores content, returns its {@code cipher_ref};
 *   <li>{@code GET /aigc/product/<id>} a product with its owners, trades and verdicts;
 *   <li>{@code GET /aigc/products}, {@code GET /aigc/htlc/<id>}, {@code GET /aigc/verdict/<challenge tx id>};
 *   <li>{@code GET /aigc/account/<address>} balance and last nonce (clients resume their nonces from it);
 *   <li>{@code GET /aigc/params} the registry's parameters.
 * </ul>
 */
public final class LifecycleRoutes implements ApiRoute {
    private final LifecycleApp app;
    private final DirectoryContentStore content;
    private final NodeAccess node;

    public LifecycleRoutes(LifecycleApp app, DirectoryContentStore content, NodeAccess node) {
        this.app = app;
        this.content = content;
        this.node = node;
    }

    @Override
    public String prefix() {
        return "/aigc/";
    }

    private static Response notFound(String what) {
        return new Response(404, Map.of("error", what));
    }

    @Override
    public Response handle(String method, String path, Map<String, String> query, byte[] body) throws Exception {
        String rest = path.substring(prefix().length());
        if (method.equals("POST") && rest.equals("content")) {
            if (body.length == 0) {
                throw new IllegalArgumentException("POST /aigc/content needs the sealed content as the body");
            }
            return new Response(200, Map.of("cipher_ref", content.put(body).hex(), "bytes", body.length));
        }
        if (!method.equals("GET")) {
            return new Response(405, Map.of("error", "use GET, or POST /aigc/content"));
        }
        if (rest.startsWith("product/")) {
            Hash id = Hash.fromHex(rest.substring(8));
            return app.history(id).<Response>map(h -> new Response(200, LifecycleJson.history(h)))
                    .orElseGet(() -> notFound("no product " + id.hex()));
        }
        if (rest.equals("products")) {
            return new Response(200, app.products().stream().map(LifecycleJson::product).toList());
        }
        if (rest.startsWith("htlc/")) {
            Hash id = Hash.fromHex(rest.substring(5));
            return app.htlc(id).<Response>map(h -> new Response(200, LifecycleJson.htlc(h)))
                    .orElseGet(() -> notFound("no contract " + id.hex() + " (not yet finalised?)"));
        }
        if (rest.startsWith("verdict/")) {
            Hash id = Hash.fromHex(rest.substring(8));
            return app.verdict(id).<Response>map(v -> new Response(200, LifecycleJson.verdict(v)))
                    .orElseGet(() -> notFound("no verdict for " + id.hex() + " (not yet finalised, or refused)"));
        }
        if (rest.startsWith("account/")) {
            Address a = Address.fromHex(rest.substring(8));
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("address", a.hex());
            m.put("balance", node.call(n -> n.balance(a)));
            m.put("last_nonce", node.call(n -> n.lastNonce(a)));
            m.put("finalized_height", node.call(n -> n.finalizedHeight()));
            return new Response(200, m);
        }
        if (rest.equals("params")) {
            var p = app.params();
            return new Response(200, Map.of("challenge_deposit", p.challengeDeposit(), "challenge_reward", p.challengeReward(),
                    "threshold_bits", p.thresholdBits(), "max_timelock_ns", p.maxTimelockNanos(), "pool", app.challengePool()));
        }
        return notFound("unknown lifecycle endpoint " + path);
    }
}
