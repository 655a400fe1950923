package io.aigcnet.semcom.prompt;

/**
 * A prompt parser that lives outside this module, found with {@link java.util.ServiceLoader} (listed in
 * {@code META-INF/services/io.aigcnet.semcom.prompt.PromptParserProvider}). The optional
 * {@code aigcnet-semcom-corenlp} module registers {@code corenlp} this way; so can a user's own parser.
 */
public interface PromptParserProvider {
    /** The name users select it by, e.g. {@code --parser corenlp}. */
    String name();

    /** Creates the parser; may load models, so it is called once per run. */
    PromptParser create();
}
