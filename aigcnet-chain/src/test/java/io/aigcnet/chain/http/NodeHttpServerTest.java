package io.aigcnet.chain.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aigcnet.chain.live.ApiRoute;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An application's {@link ApiRoute} mounted on the server: paths below its prefix, query, body, and its errors as JSON. */
class NodeHttpServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aMountedRouteSeesMethodPathQueryAndBodyAndItsErrorsAreJson() throws Exception {
        ApiRoute echo = new ApiRoute() {
            @Override
            public String prefix() {
                return "/app/";
            }

            @Override
            public Response handle(String method, String path, Map<String, String> query, byte[] body) {
                if (path.endsWith("/missing")) {
                    return new Response(404, Map.of("error", "no such thing"));
                }
                if (path.endsWith("/bad")) {
                    throw new IllegalArgumentException("bad input named here");
                }
                return new Response(200, Map.of("method", method, "path", path, "q", query.getOrDefault("q", ""),
                        "body", new String(body, StandardCharsets.UTF_8)));
            }
        };
        try (NodeHttpServer server = new NodeHttpServer("127.0.0.1", 0)) {
            server.mount(echo);
            server.start();
            HttpClient http = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + server.port();
            HttpResponse<String> get = http.send(HttpRequest.newBuilder(URI.create(base + "/app/product/ab12?q=7")).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode g = JSON.readTree(get.body());
            assertThat(get.statusCode()).isEqualTo(200);
            assertThat(g.get("method").asText()).isEqualTo("GET");
            assertThat(g.get("path").asText()).isEqualTo("/app/product/ab12");
            assertThat(g.get("q").asText()).isEqualTo("7");
            HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create(base + "/app/content"))
                    .POST(HttpRequest.BodyPublishers.ofString("sealed")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(JSON.readTree(post.body()).get("body").asText()).isEqualTo("sealed");
            HttpResponse<String> missing = http.send(HttpRequest.newBuilder(URI.create(base + "/app/missing")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(missing.statusCode()).isEqualTo(404);
            assertThat(JSON.readTree(missing.body()).get("error").asText()).isEqualTo("no such thing");
            HttpResponse<String> bad = http.send(HttpRequest.newBuilder(URI.create(base + "/app/bad")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(bad.statusCode()).isEqualTo(400);
            assertThat(JSON.readTree(bad.body()).get("error").asText()).isEqualTo("bad input named here");
            assertThat(server.routes()).extracting(NodeHttpServer.Route::path).containsOnly("/app/<path>");
        }
    }
}
