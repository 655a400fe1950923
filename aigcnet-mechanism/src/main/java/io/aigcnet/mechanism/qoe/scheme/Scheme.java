package io.aigcnet.mechanism.qoe.scheme;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The schemes of seed 003 Sec. VI-C, with their command-line names. */
public enum Scheme {
    PROPOSED("proposed"),
    RATIO1("ratio1"),
    RATIO2("ratio2"),
    TOKEN("token"),
    ONLYF("onlyf"),
    ONLYB("onlyb");

    private final String cliName;

    Scheme(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    /** Whether rewards come from Algorithm 1 (true) or from a fixed pricing rule (false). */
    public boolean usesRewardGame() {
        return this == PROPOSED || this == ONLYF || this == ONLYB;
    }

    public static Scheme parse(String name) {
        String key = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        for (Scheme s : values()) {
            if (s.cliName.equals(key)) {
                return s;
            }
        }
        throw new IllegalArgumentException("scheme must be one of "
                + Arrays.stream(values()).map(Scheme::cliName).collect(Collectors.joining(", ")) + "; got '" + name + "'");
    }
}
