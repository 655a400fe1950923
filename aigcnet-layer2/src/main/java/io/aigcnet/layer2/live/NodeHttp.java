package io.aigcnet.layer2.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aigcnet.chain.live.LocalNetwork;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The live benchmark's HTTP client for the nodes' JSON API on loopback. */
final class NodeHttp {
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ObjectMapper json = new ObjectMapper();

    static String url(LocalNetwork.Plan net, int node, String path) {
        return "http://127.0.0.1:" + net.nodes().get(node).httpPort() + path;
    }

    HttpClient client() { return client; }

    /** GET {@code url} and parse the JSON answer; anything but 200 is an IOException naming the URL and the answer. */
    JsonNode getJson(String url) throws IOException, InterruptedException {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IOException(url + " answered " + r.statusCode() + ": " + r.body());
        }
        return json.readTree(r.body());
    }
}
