package io.aigcnet.chain.http;

/** A request that fails with an HTTP status and a reason the client can act on; the server answers it as JSON. */
public final class ApiError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;

    public ApiError(int status, String reason) {
        super(reason);
        this.status = status;
    }

    public int status() {
        return status;
    }

    public static ApiError notFound(String reason) {
        return new ApiError(404, reason);
    }

    public static ApiError badRequest(String reason) {
        return new ApiError(400, reason);
    }
}
