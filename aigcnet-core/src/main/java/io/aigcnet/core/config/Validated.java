package io.aigcnet.core.config;

/**
 * A config record that checks itself. {@link #validate()} throws a {@link ConfigException}
 * naming the field (use {@link Checks}); the loader adds the file name.
 */
public interface Validated {
    void validate();
}
