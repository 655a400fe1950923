package io.aigcnet.chain.storage.http;

import io.aigcnet.chain.storage.ContentKey;
import io.aigcnet.chain.storage.StorageReceipt;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/** The anchor chain's (or a MASP's) view of a remote storage chain: IPFS-style HTTP calls. */
public final class StorageHttpClient {
    private final HttpClient http;
    private final URI base;

    public StorageHttpClient(String baseUrl) {
        this.base = URI.create(baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl);
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    public StorageReceipt put(byte[] content) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(base.resolve(base.getPath() + "/v1/content"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(content)).build(), HttpResponse.BodyHandlers.ofByteArray());
        expect(r, 201);
        return ReceiptJson.read(r.body());
    }

    /** The verified content, or empty if the storage chain does not know the key. */
    public Optional<byte[]> get(ContentKey key) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(base.resolve(base.getPath() + "/v1/content/" + key.hex()))
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() == 404) {
            return Optional.empty();
        }
        expect(r, 200);
        // the server verifies, but a client of an untrusted server checks again
        if (!ContentKey.ofContent(r.body()).equals(key)) {
            throw new IOException("storage server returned bytes that do not hash to " + key);
        }
        return Optional.of(r.body());
    }

    public Optional<StorageReceipt> receipt(ContentKey key) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(base.resolve(base.getPath() + "/v1/receipt/" + key.hex()))
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() == 404) {
            return Optional.empty();
        }
        expect(r, 200);
        return Optional.of(ReceiptJson.read(r.body()));
    }

    private static void expect(HttpResponse<byte[]> r, int status) throws IOException {
        if (r.statusCode() != status) {
            throw new IOException("storage server " + r.uri() + " answered " + r.statusCode() + ": "
                    + new String(r.body(), StandardCharsets.UTF_8).strip());
        }
    }
}
