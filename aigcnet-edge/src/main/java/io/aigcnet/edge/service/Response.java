package io.aigcnet.edge.service;

/** The answer to a request: the content and its receipt, or the reason it was refused (then both are null). */
public record Response(ContentDescriptor content, Receipt receipt, String refusal) {
    public static Response served(ContentDescriptor c, Receipt r) { return new Response(c, r, null); }

    public static Response refused(String reason) { return new Response(null, null, reason); }

    public boolean isServed() { return refusal == null; }
}
