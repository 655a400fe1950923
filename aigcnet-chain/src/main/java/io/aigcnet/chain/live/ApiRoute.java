package io.aigcnet.chain.live;

import java.util.Map;

/**
 * A JSON endpoint that a module mounts on a node's HTTP API under {@link #prefix()}. Independent of the
 * HTTP library: the node adapts it, so a module's handlers survive a change of server.
 */
public interface ApiRoute {
    /** Path prefix, e.g. {@code /aigc/}. */
    String prefix();

    /**
     * Handles one request. {@code path} is the full path, {@code query} the decoded query parameters.
     * Return the status and a JSON-serialisable body; throw {@link IllegalArgumentException} for a 400.
     */
    Response handle(String method, String path, Map<String, String> query, byte[] body) throws Exception;

    /** A status code and a body for Jackson. */
    record Response(int status, Object json) {
    }
}
