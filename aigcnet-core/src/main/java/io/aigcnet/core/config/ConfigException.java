package io.aigcnet.core.config;

import java.nio.file.Path;

/**
 * A configuration or input file that cannot be used. The message always names the file (when
 * known), the field (as a dotted path) and what is allowed, so a user can fix it without
 * reading code. The CLI maps it, like every {@link BadInputException}, to exit code 2.
 */
public final class ConfigException extends BadInputException {
    private static final long serialVersionUID = 1L;
    private final String file;
    private final String field;
    private final String reason;

    public ConfigException(String file, String field, String reason) {
        super(format(file, field, reason));
        this.file = file;
        this.field = field;
        this.reason = reason;
    }

    /** An invalid field, file not yet known (the loader adds it). */
    public static ConfigException field(String field, String reason) {
        return new ConfigException(null, field, reason);
    }

    public ConfigException inFile(Path path) {
        return new ConfigException(path.toString(), field, reason);
    }

    public String file() { return file; }

    public String fieldName() { return field; }

    public String reason() { return reason; }

    private static String format(String file, String field, String reason) {
        StringBuilder sb = new StringBuilder();
        if (file != null) sb.append(file).append(": ");
        if (field != null && !field.isEmpty()) sb.append("field '").append(field).append("': ");
        return sb.append(reason).toString();
    }
}
