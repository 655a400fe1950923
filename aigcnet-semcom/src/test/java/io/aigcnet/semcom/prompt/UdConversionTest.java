package io.aigcnet.semcom.prompt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * UD parses written by hand from the UD v2 English guidelines (what CoreNLP's depparse gives for these
 * captions), converted and compared with the spaCy parses of the paper's Appendix A and Fig. 8 prompts,
 * the same fixtures {@link RuleBasedParserTest} checks.
 */
class UdConversionTest {

    /** Tokens as "text XPOS head deprel", heads 0-based, -1 for the root. */
    private static List<UdToken> ud(String... specs) {
        List<UdToken> out = new ArrayList<>();
        for (String s : specs) {
            String[] f = s.split(" ");
            out.add(new UdToken(f[0], f[1], Integer.parseInt(f[2]), f[3]));
        }
        return out;
    }

    private static void expect(ParsedPrompt p, Upos[] tags, int[] heads) {
        assertThat(p.tokens().stream().map(Token::pos).toList()).containsExactly(tags);
        assertThat(p.tokens().stream().mapToInt(Token::head).toArray()).containsExactly(heads);
    }

    @Test
    void appendixABlueCarLiftsThePreposition() {
        ParsedPrompt p = UdConversion.toSpacyStyle(ud("A DT 2 det", "blue JJ 2 amod", "car NN -1 root", "driving VBG 2 acl",
                "through IN 6 case", "the DT 6 det", "city NN 3 obl", ". . 2 punct"));
        expect(p, new Upos[] {Upos.DET, Upos.ADJ, Upos.NOUN, Upos.VERB, Upos.ADP, Upos.DET, Upos.NOUN, Upos.PUNCT},
                new int[] {2, 2, -1, 2, 3, 6, 4, 2});
    }

    @Test
    void caseAOldManKeepsTheAuxiliaryUnderTheVerb() {
        ParsedPrompt p = UdConversion.toSpacyStyle(ud("An DT 2 det", "old JJ 2 amod", "man NN 4 nsubj", "is VBZ 4 aux",
                "wearing VBG -1 root", "an DT 7 det", "odd JJ 7 amod", "hat NN 4 obj", ". . 4 punct"));
        expect(p, new Upos[] {Upos.DET, Upos.ADJ, Upos.NOUN, Upos.AUX, Upos.VERB, Upos.DET, Upos.ADJ, Upos.NOUN, Upos.PUNCT},
                new int[] {2, 2, 4, 4, -1, 7, 7, 4, 4});
    }

    @Test
    void caseBBusPassive() {
        ParsedPrompt p = UdConversion.toSpacyStyle(ud("A DT 1 det", "bus NN 3 nsubj:pass", "is VBZ 3 aux:pass",
                "stopped VBN -1 root", "on IN 7 case", "a DT 7 det", "dark JJ 7 amod", "road NN 3 obl", ". . 3 punct"));
        expect(p, new Upos[] {Upos.DET, Upos.NOUN, Upos.AUX, Upos.VERB, Upos.ADP, Upos.DET, Upos.ADJ, Upos.NOUN, Upos.PUNCT},
                new int[] {1, 3, 3, -1, 3, 7, 7, 4, 3});
    }

    @Test
    void caseCBowlRelativeThatIsAPronoun() {
        ParsedPrompt p = UdConversion.toSpacyStyle(ud("A DT 1 det", "bowl NN -1 root", "that WDT 3 nsubj", "has VBZ 1 acl:relcl",
                "oranges NNS 3 obj", "in IN 6 case", "it PRP 3 obl", ". . 1 punct"));
        expect(p, new Upos[] {Upos.DET, Upos.NOUN, Upos.PRON, Upos.VERB, Upos.NOUN, Upos.ADP, Upos.PRON, Upos.PUNCT},
                new int[] {1, -1, 3, 1, 3, 3, 5, 1});
    }

    @Test
    void copulaBecomesTheHeadAndTakesTheClauseDependents() {
        // UD: "bed" is the root with cop "is", nsubj "cat", case "on"; spaCy: "is" root, "on" prep of "is", "bed" pobj of "on"
        ParsedPrompt p = UdConversion.toSpacyStyle(ud("A DT 1 det", "cat NN 5 nsubj", "is VBZ 5 cop", "on IN 5 case",
                "the DT 5 det", "bed NN -1 root", ". . 5 punct"));
        expect(p, new Upos[] {Upos.DET, Upos.NOUN, Upos.AUX, Upos.ADP, Upos.DET, Upos.NOUN, Upos.PUNCT},
                new int[] {1, 2, -1, 2, 5, 3, 2});
        // the same answer as the built-in parser gives for this sentence
        assertThat(new RuleBasedParser().parse("A cat is on the bed.").tokens()).isEqualTo(p.tokens());
    }

    @Test
    void copulaWithAnAdverbStaysOnThePredicate() {
        ParsedPrompt p = UdConversion.toSpacyStyle(ud("The DT 1 det", "sky NN 4 nsubj", "is VBZ 4 cop", "very RB 4 advmod",
                "blue JJ -1 root", ". . 4 punct"));
        // spaCy: is ROOT; sky nsubj -> is; blue acomp -> is; very advmod -> blue; . punct -> is
        expect(p, new Upos[] {Upos.DET, Upos.NOUN, Upos.AUX, Upos.ADV, Upos.ADJ, Upos.PUNCT}, new int[] {1, 2, -1, 4, 2, 2});
    }

    @Test
    void twoCaseMarkersChainLeftToRightAndThePossessiveStays() {
        // "A cat out of the girl 's box": out/of both case of box; 's is the possessive case of girl (not lifted)
        ParsedPrompt p = UdConversion.toSpacyStyle(ud("A DT 1 det", "cat NN -1 root", "out IN 7 case", "of IN 7 case",
                "the DT 5 det", "girl NN 7 nmod:poss", "'s POS 5 case", "box NN 1 nmod"));
        expect(p, new Upos[] {Upos.DET, Upos.NOUN, Upos.ADP, Upos.ADP, Upos.DET, Upos.NOUN, Upos.PART, Upos.NOUN},
                new int[] {1, -1, 1, 2, 5, 7, 5, 3});
    }

    @Test
    void coordinatorMovesToTheFirstConjunct() {
        // UD: "and" cc of "woman", "woman" conj of "man"; spaCy: "and" cc of "man"
        ParsedPrompt p = UdConversion.toSpacyStyle(ud("A DT 1 det", "man NN -1 root", "and CC 4 cc", "a DT 4 det",
                "woman NN 1 conj", "walking VBG 1 acl"));
        assertThat(p.tokens().stream().mapToInt(Token::head).toArray()).containsExactly(1, -1, 1, 4, 1, 1);
        assertThat(new RuleBasedParser().parse("A man and a woman walking").tokens()).isEqualTo(p.tokens());
    }

    @Test
    void tagsFollowTheRelation() {
        assertThat(UdConversion.upos(new UdToken("to", "TO", 1, "case"))).isEqualTo(Upos.ADP);
        assertThat(UdConversion.upos(new UdToken("to", "TO", 1, "mark"))).isEqualTo(Upos.PART);
        assertThat(UdConversion.upos(new UdToken("because", "IN", 1, "mark"))).isEqualTo(Upos.SCONJ);
        assertThat(UdConversion.upos(new UdToken("which", "WDT", 1, "det"))).isEqualTo(Upos.DET);
        assertThat(UdConversion.upos(new UdToken("can", "MD", 1, "aux"))).isEqualTo(Upos.AUX);
        assertThat(UdConversion.upos(new UdToken("IEEE", "NNP", 1, "compound"))).isEqualTo(Upos.PROPN);
    }

    @Test
    void badInputIsNamed() {
        assertThatThrownBy(() -> UdConversion.toSpacyStyle(ud("A QQ -1 root")))
                .hasMessageContaining("unknown Penn Treebank tag 'QQ'");
        assertThatThrownBy(() -> UdConversion.toSpacyStyle(ud("A DT 3 det")))
                .hasMessageContaining("head 3 is out of range");
        assertThatThrownBy(() -> UdConversion.toSpacyStyle(List.of())).hasMessageContaining("no tokens");
    }

    @Test
    void parsersAreFoundByName() {
        assertThat(PromptParsers.named("rule")).isInstanceOf(RuleBasedParser.class);
        assertThat(PromptParsers.available()).startsWith("rule");
        assertThatThrownBy(() -> PromptParsers.named("corenlp")).hasMessageContaining("-Pcorenlp");
        assertThatThrownBy(() -> PromptParsers.named("nope")).hasMessageContaining("available: rule");
    }
}
