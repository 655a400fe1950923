package io.aigcnet.chain.codec;

/** Malformed input: names the field that failed and why. Checked, so callers must handle it. */
public final class DecodeException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String field;

    public DecodeException(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
