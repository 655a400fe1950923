package io.aigcnet.reputation.assess;

/** A bad assessment input: names the file, the field and the reason, for a person to fix. */
public final class InputException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String file;
    private final String field;
    private final String reason;

    public InputException(String file, String field, String reason) {
        super(file + ": field '" + field + "': " + reason);
        this.file = file;
        this.field = field;
        this.reason = reason;
    }

    public String file() {
        return file;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
