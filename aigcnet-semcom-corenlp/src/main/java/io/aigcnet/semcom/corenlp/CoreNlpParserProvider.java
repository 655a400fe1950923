package io.aigcnet.semcom.corenlp;

import io.aigcnet.semcom.prompt.PromptParser;
import io.aigcnet.semcom.prompt.PromptParserProvider;

/** Registers {@link CoreNlpParser} under the name {@code corenlp}. */
public final class CoreNlpParserProvider implements PromptParserProvider {
    @Override
    public String name() {
        return "corenlp";
    }

    @Override
    public PromptParser create() {
        return new CoreNlpParser();
    }
}
