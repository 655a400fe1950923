package io.aigcnet.chain.storage.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.aigcnet.chain.storage.ContentKey;
import io.aigcnet.chain.storage.ContentUnavailableException;
import io.aigcnet.chain.storage.StorageChain;
import io.aigcnet.chain.storage.StorageReceipt;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves a {@link StorageChain} over HTTP. Error statuses: 400 for a malformed key or method,
 * 404 for an unknown key, 413 for a body over the limit, 503 when every replica is lost or corrupt.
 */
public final class StorageHttpServer implements AutoCloseable {
    /** Upload limit: generous for AIGC images, small enough to stop a trivial memory exhaustion. */
    public static final int MAX_UPLOAD_BYTES = 64 * 1024 * 1024;
    private static final String CONTENT = "/v1/content";
    private static final String RECEIPT = "/v1/receipt";

    private final StorageChain chain;
    private final HttpServer server;
    private final ExecutorService pool;

    private StorageHttpServer(StorageChain chain, HttpServer server, ExecutorService pool) {
        this.chain = chain;
        this.server = server;
        this.pool = pool;
    }

    /** Starts a server on {@code host:port} (port 0 picks a free port). */
    public static StorageHttpServer start(StorageChain chain, String host, int port) throws IOException {
        HttpServer s = HttpServer.create(new InetSocketAddress(host, port), 0);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        StorageHttpServer srv = new StorageHttpServer(chain, s, pool);
        s.createContext(CONTENT, srv::content);
        s.createContext(RECEIPT, srv::receipt);
        s.setExecutor(pool);
        s.start();
        return srv;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String baseUrl() {
        return "http://" + server.getAddress().getHostString() + ":" + port();
    }

    private void content(HttpExchange ex) throws IOException {
        try (ex) {
            String method = ex.getRequestMethod();
            String rest = ex.getRequestURI().getPath().substring(CONTENT.length());
            if (method.equals("POST") && (rest.isEmpty() || rest.equals("/"))) {
                Optional<byte[]> body = readBody(ex.getRequestBody());
                if (body.isEmpty()) {
                    send(ex, 413, text("body exceeds " + MAX_UPLOAD_BYTES + " bytes"));
                    return;
                }
                StorageReceipt r = chain.put(body.get());
                ex.getResponseHeaders().set("Content-Type", "application/json");
                send(ex, 201, ReceiptJson.write(r));
            } else if (method.equals("GET")) {
                ContentKey key = parseKey(ex, rest);
                if (key == null) {
                    return;
                }
                if (chain.receipt(key).isEmpty()) {
                    send(ex, 404, text("unknown content key " + key));
                    return;
                }
                try {
                    byte[] bytes = chain.get(key);
                    ex.getResponseHeaders().set("Content-Type", "application/octet-stream");
                    send(ex, 200, bytes);
                } catch (ContentUnavailableException e) {
                    send(ex, 503, text(e.getMessage()));
                }
            } else {
                send(ex, 400, text("use POST " + CONTENT + " or GET " + CONTENT + "/<64 hex digits>"));
            }
        } catch (IllegalStateException e) {
            send(ex, 503, text(e.getMessage()));
        }
    }

    private void receipt(HttpExchange ex) throws IOException {
        try (ex) {
            if (!ex.getRequestMethod().equals("GET")) {
                send(ex, 400, text("use GET " + RECEIPT + "/<64 hex digits>"));
                return;
            }
            ContentKey key = parseKey(ex, ex.getRequestURI().getPath().substring(RECEIPT.length()));
            if (key == null) {
                return;
            }
            Optional<StorageReceipt> r = chain.receipt(key);
            if (r.isEmpty()) {
                send(ex, 404, text("unknown content key " + key));
            } else {
                ex.getResponseHeaders().set("Content-Type", "application/json");
                send(ex, 200, ReceiptJson.write(r.get()));
            }
        }
    }

    private static ContentKey parseKey(HttpExchange ex, String rest) throws IOException {
        String hex = rest.startsWith("/") ? rest.substring(1) : rest;
        try {
            return ContentKey.parse(hex);
        } catch (IllegalArgumentException e) {
            send(ex, 400, text(e.getMessage()));
            return null;
        }
    }

    private static Optional<byte[]> readBody(InputStream in) throws IOException {
        byte[] b = in.readNBytes(MAX_UPLOAD_BYTES + 1);
        return b.length > MAX_UPLOAD_BYTES ? Optional.empty() : Optional.of(b);
    }

    private static byte[] text(String s) {
        return (s + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static void send(HttpExchange ex, int status, byte[] body) throws IOException {
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream os = ex.getResponseBody()) {
                os.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
