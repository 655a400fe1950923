package io.aigcnet.lifecycle.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aigcnet.chain.crypto.Hash;
import io.aigcnet.chain.crypto.Sha256;
import io.aigcnet.chain.live.ApiRoute;
import io.aigcnet.core.rng.RngStreams;
import io.aigcnet.lifecycle.client.LocalLifecycle;
import io.aigcnet.lifecycle.image.ImageFiles;
import io.aigcnet.lifecycle.image.ProceduralAigcImages;
import io.aigcnet.lifecycle.registry.LifecycleParams;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LifecycleRoutesTest {
    @TempDir Path dir;

    @Test
    void endpointsServeTheRegistryAsJson() throws Exception {
        LocalLifecycle w = new LocalLifecycle(List.of("p", "e"), 1000 * LocalLifecycle.TOKEN, LifecycleParams.defaults(34),
                LocalLifecycle.TOKEN, RngStreams.of(1).stream("w"));
        Hash id = w.register(w.party("p"), w.party("e"), ImageFiles.png(ProceduralAigcImages.scene(64, 1, 2)), "x", 5)
                .productId().orElseThrow();
        DirectoryContentStore store = new DirectoryContentStore(dir);
        LifecycleRoutes routes = new LifecycleRoutes(w.app(), store, new io.aigcnet.chain.live.NodeApplication.NodeAccess() {
            @Override
            public <T> T call(java.util.function.Function<io.aigcnet.chain.node.ChainNode, T> f) {
                throw new UnsupportedOperationException("no node in this test");
            }
        });
        ApiRoute.Response r = routes.handle("GET", "/aigc/product/" + id.hex(), Map.of(), new byte[0]);
        assertThat(r.status()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        Map<String, Object> product = (Map<String, Object>) ((Map<String, Object>) r.json()).get("product");
        assertThat(product.get("owner")).isEqualTo(w.party("p").address().hex());
        assertThat(product.get("state")).isEqualTo("ACTIVE");
        assertThat(routes.handle("GET", "/aigc/product/" + "11".repeat(32), Map.of(), new byte[0]).status()).isEqualTo(404);
        assertThat(routes.handle("GET", "/aigc/products", Map.of(), new byte[0]).status()).isEqualTo(200);
        byte[] blob = "sealed".getBytes(StandardCharsets.UTF_8);
        ApiRoute.Response put = routes.handle("POST", "/aigc/content", Map.of(), blob);
        assertThat(((Map<?, ?>) put.json()).get("cipher_ref")).isEqualTo(Sha256.hash(blob).hex());
        assertThat(store.fetch(Sha256.hash(blob))).isPresent();
        assertThatThrownBy(() -> routes.handle("GET", "/aigc/htlc/zz", Map.of(), new byte[0])).isInstanceOf(IllegalArgumentException.class);
    }
}
