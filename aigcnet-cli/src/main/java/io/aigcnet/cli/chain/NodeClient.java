package io.aigcnet.cli.chain;

import io.aigcnet.cli.UsageException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/** The CLI's HTTP calls to a node: every failure names the URL and says what went wrong in plain words. */
final class NodeClient {
    /** A node could not be reached or did not answer; the message names the URL. */
    static final class Unreachable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unreachable(String message) {
            super(message);
        }
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    private NodeClient() {
    }

    /** Parses and checks {@code --node}: an http(s) URL with a host and port. */
    static URI base(String node) {
        URI u;
        try {
            u = URI.create(node.replaceAll("/+$", ""));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--node must be a URL like http://127.0.0.1:7701, got '" + node + "'");
        }
        if (u.getScheme() == null || !(u.getScheme().equals("http") || u.getScheme().equals("https")) || u.getHost() == null) {
            throw new UsageException("--node must be a URL like http://127.0.0.1:7701, got '" + node + "'");
        }
        return u;
    }

    static HttpResponse<String> get(URI base, String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10)).GET().build());
    }

    static HttpResponse<String> post(URI base, String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static HttpResponse<String> send(HttpRequest req) {
        try {
            return HTTP.send(req, HttpResponse.BodyHandlers.ofString());
        } catch (ConnectException e) {
            throw new Unreachable("cannot reach the node at " + req.uri() + ": connection refused (is it running? see 'aigcnet net up')");
        } catch (HttpTimeoutException e) {
            throw new Unreachable("the node at " + req.uri() + " did not answer within " + req.timeout().map(Duration::toSeconds).orElse(0L) + " s");
        } catch (IOException e) {
            throw new Unreachable("cannot talk to the node at " + req.uri() + ": " + (e.getMessage() == null ? "I/O error" : e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unreachable("interrupted while calling " + req.uri());
        }
    }
}
