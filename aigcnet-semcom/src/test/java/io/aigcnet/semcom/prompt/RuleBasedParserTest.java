package io.aigcnet.semcom.prompt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The paper's four prompts (Fig. 8) and Appendix A's spaCy-style parse as fixtures. */
class RuleBasedParserTest {
    private final RuleBasedParser parser = new RuleBasedParser();

    private void expect(String prompt, String[] words, Upos[] tags, int[] heads) {
        ParsedPrompt p = parser.parse(prompt);
        assertThat(p.tokens().stream().map(Token::text).toList()).containsExactly(words);
        assertThat(p.tokens().stream().map(Token::pos).toList()).as("tags of " + prompt).containsExactly(tags);
        assertThat(p.tokens().stream().mapToInt(Token::head).toArray()).as("heads of " + prompt).containsExactly(heads);
    }

    @Test
    void appendixAExampleBlueCar() {
        // spaCy: car ROOT; A det, blue amod, driving acl, "." punct -> car; through prep -> driving; city pobj -> through; the det -> city
        expect("A blue car driving through the city.",
                new String[] {"A", "blue", "car", "driving", "through", "the", "city", "."},
                new Upos[] {Upos.DET, Upos.ADJ, Upos.NOUN, Upos.VERB, Upos.ADP, Upos.DET, Upos.NOUN, Upos.PUNCT},
                new int[] {2, 2, -1, 2, 3, 6, 4, 2});
    }

    @Test
    void caseAOldMan() {
        // wearing ROOT; man nsubj, is aux, hat dobj; old amod man; odd amod hat
        expect("An old man is wearing an odd hat.",
                new String[] {"An", "old", "man", "is", "wearing", "an", "odd", "hat", "."},
                new Upos[] {Upos.DET, Upos.ADJ, Upos.NOUN, Upos.AUX, Upos.VERB, Upos.DET, Upos.ADJ, Upos.NOUN, Upos.PUNCT},
                new int[] {2, 2, 4, 4, -1, 7, 7, 4, 4});
        assertThat(parser.parse("An old man is wearing an odd hat.").keptIndices()).containsExactly(1, 2, 4, 6, 7);
    }

    @Test
    void caseBBus() {
        expect("A bus is stopped on a dark road.",
                new String[] {"A", "bus", "is", "stopped", "on", "a", "dark", "road", "."},
                new Upos[] {Upos.DET, Upos.NOUN, Upos.AUX, Upos.VERB, Upos.ADP, Upos.DET, Upos.ADJ, Upos.NOUN, Upos.PUNCT},
                new int[] {1, 3, 3, -1, 3, 7, 7, 4, 3});
    }

    @Test
    void caseCBowl() {
        // bowl ROOT; has relcl -> bowl; that nsubj -> has; oranges dobj -> has; in prep -> has; it pobj -> in
        expect("A bowl that has oranges in it.",
                new String[] {"A", "bowl", "that", "has", "oranges", "in", "it", "."},
                new Upos[] {Upos.DET, Upos.NOUN, Upos.PRON, Upos.VERB, Upos.NOUN, Upos.ADP, Upos.PRON, Upos.PUNCT},
                new int[] {1, -1, 3, 1, 3, 3, 5, 1});
    }

    @Test
    void copulaWithoutVerbMakesTheAuxiliaryTheRoot() {
        ParsedPrompt p = parser.parse("A cat is on the bed.");
        assertThat(p.token(2).pos()).isEqualTo(Upos.AUX);
        assertThat(p.token(2).head()).isEqualTo(-1);
        assertThat(p.token(1).head()).isEqualTo(2);
        assertThat(p.token(3).head()).isEqualTo(2);
        assertThat(p.token(5).head()).isEqualTo(3);
    }

    @Test
    void everyGeneratedCaptionParsesToATree() {
        for (String s : List.of("Two dogs playing in the snow.", "A man and a woman walking along the beach.",
                "A red bus parked near a tall building.", "Three zebras grazing in a grassy field.",
                "A little girl holding a kite on the beach.", "A dog chases a ball in the park.",
                "The sky is blue.", "A very old man sitting quietly on a wooden bench.", "IEEE logo on an iPhone")) {
            ParsedPrompt p = parser.parse(s);
            assertThat(p.tokens().stream().filter(t -> t.head() == -1).count()).as(s).isEqualTo(1);
        }
        assertThat(parser.parse("IEEE logo on an iPhone").token(0).pos()).isEqualTo(Upos.PROPN);
        assertThat(parser.parse("IEEE logo on an iPhone").token(4).pos()).isEqualTo(Upos.PROPN);
    }

    @Test
    void emptyPromptIsRejected() {
        assertThatThrownBy(() -> parser.parse("   ")).hasMessageContaining("empty");
    }

    @Test
    void headsAreValidated() {
        assertThatThrownBy(() -> new ParsedPrompt(List.of(new Token("a", Upos.DET, 1), new Token("b", Upos.NOUN, 0))))
                .hasMessageContaining("cycle");
        assertThatThrownBy(() -> new ParsedPrompt(List.of(new Token("a", Upos.DET, 5))))
                .hasMessageContaining("out of range");
        assertThatThrownBy(() -> Upos.parse("NN")).hasMessageContaining("allowed").hasMessageContaining("NOUN");
    }
}
