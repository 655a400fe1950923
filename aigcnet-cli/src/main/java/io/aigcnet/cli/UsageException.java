package io.aigcnet.cli;

/** A command-line mistake found after parsing (e.g. an unknown experiment id); exits 2. */
public final class UsageException extends io.aigcnet.core.config.BadInputException {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
