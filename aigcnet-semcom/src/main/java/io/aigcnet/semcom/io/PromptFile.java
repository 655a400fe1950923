package io.aigcnet.semcom.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aigcnet.core.config.ConfigException;
import io.aigcnet.semcom.prompt.ParsedPrompt;
import io.aigcnet.semcom.prompt.Token;
import io.aigcnet.semcom.prompt.Upos;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes {@code prompt.json}: {@code {"tokens": [{"text": …, "pos": UPOS tag, "head": token index or −1}]}},
 * the parse a real tagger/parser (spaCy) produced. Every problem names the file and the field.
 */
public final class PromptFile {
    private PromptFile() {}

    public static ParsedPrompt read(Path file) {
        String f = file.toString();
        if (!Files.isRegularFile(file)) throw new ConfigException(f, "", "no such file");
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new ConfigException(f, "", "not valid JSON: " + e.getMessage());
        }
        JsonNode tokens = root == null ? null : root.get("tokens");
        if (tokens == null || !tokens.isArray()) throw new ConfigException(f, "tokens", "must be an array of {text, pos, head}");
        if (tokens.isEmpty()) throw new ConfigException(f, "tokens", "the prompt has no tokens");
        List<Token> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            JsonNode t = tokens.get(i);
            String at = "tokens[" + i + "]";
            if (!t.isObject()) throw new ConfigException(f, at, "must be an object {text, pos, head}");
            JsonNode text = t.get("text"), pos = t.get("pos"), head = t.get("head");
            if (text == null || !text.isTextual()) throw new ConfigException(f, at + ".text", "must be a string");
            if (pos == null || !pos.isTextual()) throw new ConfigException(f, at + ".pos", "must be a UPOS tag: " + Upos.allowed());
            if (head == null || !head.canConvertToInt() || !head.isIntegralNumber())
                throw new ConfigException(f, at + ".head", "must be an integer token index, or -1 for the root");
            Upos tag;
            try {
                tag = Upos.parse(pos.asText());
            } catch (IllegalArgumentException e) {
                throw new ConfigException(f, at + ".pos", e.getMessage());
            }
            int h = head.asInt();
            if (h < -1 || h >= tokens.size())
                throw new ConfigException(f, at + ".head", h + " is out of range; allowed -1 (root) or 0.." + (tokens.size() - 1));
            out.add(new Token(text.asText(), tag, h));
        }
        try {
            return new ParsedPrompt(out);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(f, "tokens", e.getMessage());
        }
    }

    /** The {@code prompt.json} form of a parse, the one {@link #read} takes back. */
    public static String toJson(ParsedPrompt prompt) {
        ObjectMapper m = new ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode root = m.createObjectNode();
        com.fasterxml.jackson.databind.node.ArrayNode tokens = root.putArray("tokens");
        for (Token t : prompt.tokens()) tokens.addObject().put("text", t.text()).put("pos", t.pos().name()).put("head", t.head());
        try {
            return m.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
