package io.aigcnet.semcom.prompt;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/** Finds a prompt parser by name: {@code rule} (built in, the default) or a registered provider's name. */
public final class PromptParsers {
    private PromptParsers() {}

    /** The built-in caption parser's name. */
    public static final String RULE = "rule";

    /** Every name that can be selected here, the built-in first. */
    public static List<String> available() {
        List<String> names = new ArrayList<>();
        names.add(RULE);
        for (PromptParserProvider p : ServiceLoader.load(PromptParserProvider.class)) names.add(p.name());
        return names;
    }

    /** The parser of that name; an unknown name is rejected with the available ones. */
    public static PromptParser named(String name) {
        if (RULE.equals(name)) return new RuleBasedParser();
        for (PromptParserProvider p : ServiceLoader.load(PromptParserProvider.class))
            if (p.name().equals(name)) return p.create();
        String hint = "corenlp".equals(name)
                ? " (the Stanford CoreNLP parser is an optional module: build with ./mvnw -Pcorenlp install, or run AIGCNET_PROFILES=corenlp ./aigcnet ...)" : "";
        throw new IllegalArgumentException("unknown parser '" + name + "'; available: " + String.join(", ", available()) + hint);
    }
}
