package io.aigcnet.semcom.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.aigcnet.semcom.prompt.CaptionCorpus;
import io.aigcnet.semcom.prompt.ParsedPrompt;
import io.aigcnet.semcom.prompt.PromptParser;
import io.aigcnet.semcom.prompt.PromptParsers;
import io.aigcnet.semcom.prompt.RuleBasedParser;
import io.aigcnet.semcom.prompt.Token;
import io.aigcnet.semcom.prompt.Upos;
import java.util.List;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * CoreNLP's parse, converted, against the spaCy parses of the paper's prompts (Fig. 8, Appendix A) and
 * against the built-in parser on generated captions. Runs only in the {@code corenlp} profile.
 */
class CoreNlpParserTest {
    private static PromptParser parser;

    @BeforeAll
    static void load() {
        parser = PromptParsers.named("corenlp");
    }

    @Test
    void foundByNameThroughTheServiceLoader() {
        assertThat(parser).isInstanceOf(CoreNlpParser.class);
        assertThat(PromptParsers.available()).containsExactly("rule", "corenlp");
    }

    @Test
    void appendixABlueCarIsTheSpacyParse() {
        ParsedPrompt p = parser.parse("A blue car driving through the city.");
        assertThat(p.tokens().stream().map(Token::pos).toList()).containsExactly(Upos.DET, Upos.ADJ, Upos.NOUN, Upos.VERB,
                Upos.ADP, Upos.DET, Upos.NOUN, Upos.PUNCT);
        // car ROOT; A, blue, driving, "." -> car; through -> driving; the -> city; city -> through
        assertThat(p.tokens().stream().mapToInt(Token::head).toArray()).containsExactly(2, 2, -1, 2, 3, 6, 4, 2);
    }

    @Test
    void thePapersFourPromptsAgreeWithTheBuiltInParser() {
        RuleBasedParser rule = new RuleBasedParser();
        for (String s : CaptionCorpus.PAPER) assertThat(parser.parse(s).tokens()).as(s).isEqualTo(rule.parse(s).tokens());
    }

    @Test
    void copulaAndProperNouns() {
        assertThat(parser.parse("A cat is on the bed.").tokens()).isEqualTo(new RuleBasedParser().parse("A cat is on the bed.").tokens());
        ParsedPrompt logo = parser.parse("IEEE logo on an iPhone");
        assertThat(logo.token(0).pos()).isEqualTo(Upos.PROPN);
        assertThat(logo.token(4).pos()).isEqualTo(Upos.PROPN);
        assertThat(logo.token(2).pos()).isEqualTo(Upos.ADP);
        assertThat(logo.token(4).head()).isEqualTo(2);
    }

    /** Agreement with the built-in parser on 200 generated captions, printed; every parse must be a tree. */
    @Test
    void generatedCaptionsMostlyAgreeWithTheBuiltInParser() {
        RuleBasedParser rule = new RuleBasedParser();
        List<String> captions = CaptionCorpus.sample(RandomSource.XO_RO_SHI_RO_128_PP.create(7L), 200);
        int same = 0, tagsSame = 0, tokens = 0, headsSame = 0;
        for (String s : captions) {
            ParsedPrompt a = parser.parse(s), b = rule.parse(s);
            if (a.tokens().equals(b.tokens())) same++;
            if (a.size() != b.size()) continue;
            for (int i = 0; i < a.size(); i++) {
                tokens++;
                if (a.token(i).pos() == b.token(i).pos()) tagsSame++;
                if (a.token(i).head() == b.token(i).head()) headsSame++;
            }
        }
        System.out.printf("corenlp vs rule on 200 captions: %d identical parses, tags %.1f %%, heads %.1f %% of %d tokens%n",
                same, 100.0 * tagsSame / tokens, 100.0 * headsSame / tokens, tokens);
        // a floor fixed before the first run: the two must describe the same captions mostly alike
        assertThat(100.0 * tagsSame / tokens).isGreaterThan(90.0);
        assertThat(100.0 * headsSame / tokens).isGreaterThan(80.0);
    }
}
