package io.aigcnet.layer2.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;

/**
 * A Stable-Diffusion-WebUI-style txt2img server: {@code POST <base>/sdapi/v1/txt2img} with
 * {@code {"prompt": ..., "steps": n}}, answered by {@code {"images": ["<base64 PNG>", ...]}}; the first
 * image is the output. Compute time is the measured request time; quality is unknown (NaN).
 */
public final class HttpTxt2ImgBackend implements AigcBackend {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http;
    private final URI endpoint;
    private final Duration timeout;

    public HttpTxt2ImgBackend(String baseUrl, Duration timeout) {
        String b = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.endpoint = URI.create(b + "/sdapi/v1/txt2img");
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    @Override
    public Generation generate(String prompt, int steps) throws IOException, InterruptedException {
        ObjectNode req = JSON.createObjectNode().put("prompt", prompt).put("steps", steps);
        long t0 = System.nanoTime(); // ambient-ok: measuring a real remote call
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(endpoint).timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(req))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        double seconds = (System.nanoTime() - t0) / 1e9; // ambient-ok
        if (r.statusCode() != 200) {
            throw new IOException("txt2img server " + endpoint + " answered " + r.statusCode());
        }
        JsonNode images = JSON.readTree(r.body()).path("images");
        if (!images.isArray() || images.isEmpty() || !images.get(0).isTextual()) {
            throw new IOException("txt2img server " + endpoint + ": response lacks field 'images' (array of base64 strings)");
        }
        byte[] png;
        try {
            png = Base64.getDecoder().decode(images.get(0).asText());
        } catch (IllegalArgumentException e) {
            throw new IOException("txt2img server " + endpoint + ": images[0] is not base64", e);
        }
        return new Generation(png, seconds, Double.NaN);
    }
}
