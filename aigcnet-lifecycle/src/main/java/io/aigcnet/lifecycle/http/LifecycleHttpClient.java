package io.aigcnet.lifecycle.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aigcnet.chain.crypto.Address;
import io.aigcnet.chain.crypto.Hash;
import io.aigcnet.chain.tx.Transaction;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;

/** A client of one live node's HTTP API: submits transactions and waits for the registry to show them. */
public final class LifecycleHttpClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final String base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public LifecycleHttpClient(String nodeUrl) {
        this.base = nodeUrl.replaceAll("/$", "");
    }

    private JsonNode send(HttpRequest req, boolean allow404) throws IOException, InterruptedException {
        HttpResponse<String> r;
        try {
            r = http.send(req, HttpResponse.BodyHandlers.ofString());
        } catch (java.net.ConnectException e) {
            throw new IOException("cannot reach the node at " + base + " (is it running?)");
        }
        if (r.statusCode() == 404 && allow404) {
            return null;
        }
        if (r.statusCode() != 200) {
            throw new IOException(req.method() + " " + req.uri().getPath() + ": HTTP " + r.statusCode() + " " + r.body());
        }
        return JSON.readTree(r.body());
    }

    public JsonNode get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), false);
    }

    public Optional<JsonNode> find(String path) throws IOException, InterruptedException {
        return Optional.ofNullable(send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), true));
    }

    public Hash putContent(byte[] sealed) throws IOException, InterruptedException {
        JsonNode n = send(HttpRequest.newBuilder(URI.create(base + "/aigc/content")).POST(HttpRequest.BodyPublishers.ofByteArray(sealed)).build(), false);
        return Hash.fromHex(n.get("cipher_ref").asText());
    }

    /** Submits a transaction; throws with the node's reason if it is refused at admission. */
    public void submit(Transaction tx) throws IOException, InterruptedException {
        JsonNode n = send(HttpRequest.newBuilder(URI.create(base + "/tx"))
                .POST(HttpRequest.BodyPublishers.ofString(HexFormat.of().formatHex(tx.encode()))).build(), false);
        JsonNode r = n.get(0);
        if (!r.get("accepted").asBoolean()) {
            throw new IOException("transaction refused: " + r.get("reason").asText() + " " + r.path("detail").asText());
        }
    }

    /** Waits until {@code GET /tx/<id>} reports the transaction finalised. */
    public boolean awaitFinal(Hash txId, Duration timeout) throws IOException, InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (find("/tx/" + txId.hex()).isPresent()) {
                return true;
            }
            Thread.sleep(200);
        }
        return false;
    }

    public long lastNonce(Address a) throws IOException, InterruptedException {
        return get("/aigc/account/" + a.hex()).get("last_nonce").asLong();
    }

    public long currentTimeNanos() throws IOException, InterruptedException {
        JsonNode s = get("/status");
        long h = s.get("finalized_height").asLong();
        if (h < 1) {
            return System.currentTimeMillis() * 1_000_000L; // ambient-ok: a client before genesis has only its own clock
        }
        return get("/block/" + h).get("time_ns").asLong();
    }
}
