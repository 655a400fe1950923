package io.aigcnet.semcom.prompt;

/** Tags and parses a text prompt into the spaCy-style structure G-SemCom's Algorithm 1 reads. */
public interface PromptParser {
    ParsedPrompt parse(String prompt);
}
