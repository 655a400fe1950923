package io.aigcnet.cli.semcom;

import io.aigcnet.cli.UsageException;
import io.aigcnet.semcom.prompt.ParsedPrompt;
import io.aigcnet.semcom.prompt.PromptParser;
import io.aigcnet.semcom.prompt.PromptParsers;

/** Parses {@code --prompt} with the parser named by {@code --parser}; either one wrong is a usage error naming it. */
final class PromptOptions {
    private PromptOptions() {}

    static ParsedPrompt parse(String parserName, String prompt) {
        PromptParser p;
        try {
            p = PromptParsers.named(parserName);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--parser: " + e.getMessage());
        }
        try {
            return p.parse(prompt);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--prompt: " + e.getMessage());
        }
    }
}
