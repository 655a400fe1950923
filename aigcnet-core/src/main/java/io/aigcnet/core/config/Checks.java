package io.aigcnet.core.config;

import java.util.Arrays;
import java.util.List;

/** Range checks for config records; each failure is a {@link ConfigException} naming the field. */
public final class Checks {
    private Checks() {}

    public static double range(String field, double value, double min, double max) {
        if (!(value >= min && value <= max))
            throw ConfigException.field(field, "must be in [" + min + ", " + max + "], got " + value);
        return value;
    }

    public static long range(String field, long value, long min, long max) {
        if (value < min || value > max)
            throw ConfigException.field(field, "must be in [" + min + ", " + max + "], got " + value);
        return value;
    }

    /** Strictly inside (min, max). */
    public static double open(String field, double value, double min, double max) {
        if (!(value > min && value < max))
            throw ConfigException.field(field, "must be in (" + min + ", " + max + "), got " + value);
        return value;
    }

    public static double positive(String field, double value) {
        if (!(value > 0) || Double.isInfinite(value))
            throw ConfigException.field(field, "must be a finite number > 0, got " + value);
        return value;
    }

    public static long positive(String field, long value) {
        if (value <= 0) throw ConfigException.field(field, "must be > 0, got " + value);
        return value;
    }

    public static double finite(String field, double value) {
        if (!Double.isFinite(value)) throw ConfigException.field(field, "must be a finite number, got " + value);
        return value;
    }

    public static <T> List<T> nonEmpty(String field, List<T> values) {
        if (values == null || values.isEmpty()) throw ConfigException.field(field, "must be a non-empty list");
        return values;
    }

    public static double[] nonEmpty(String field, double[] values) {
        if (values == null || values.length == 0) throw ConfigException.field(field, "must be a non-empty list");
        return values;
    }

    public static String oneOf(String field, String value, String... allowed) {
        if (!Arrays.asList(allowed).contains(value))
            throw ConfigException.field(field, "must be one of " + String.join(", ", allowed) + "; got '" + value + "'");
        return value;
    }
}
