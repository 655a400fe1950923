package io.aigcnet.core.config;

/**
 * Something the user gave us cannot be used: a config or input file, a command-line option, an
 * output folder. The message is plain words that name the culprit (file, field or option) and
 * the reason; the CLI prints it as is and exits 2. Subclasses add structure (see
 * {@link ConfigException}).
 */
public class BadInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BadInputException(String message) {
        super(message);
    }

    public BadInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
