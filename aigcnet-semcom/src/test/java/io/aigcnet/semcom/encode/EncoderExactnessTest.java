package io.aigcnet.semcom.encode;

import static org.assertj.core.api.Assertions.assertThat;

import io.aigcnet.semcom.attention.AttentionMaps;
import io.aigcnet.semcom.attention.SyntheticScenes;
import io.aigcnet.semcom.prompt.ParsedPrompt;
import io.aigcnet.semcom.prompt.RuleBasedParser;
import io.aigcnet.semcom.prompt.Token;
import io.aigcnet.semcom.prompt.Upos;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/** Target: the encoder is exact, i.e. integer pixel counts agree with an independent implementation. */
class EncoderExactnessTest {

    @Test
    void agreesWithBruteForceOnRandomPromptsAndMaps() {
        UniformRandomProvider r = RandomSource.XO_RO_SHI_RO_128_PP.create(2024L);
        Upos[] tags = Upos.values();
        for (int trial = 0; trial < 25; trial++) {
            int n = 2 + r.nextInt(8), w = 16 + r.nextInt(24), h = 16 + r.nextInt(24);
            List<Token> toks = new ArrayList<>();
            // random tree: token i's head is a random earlier token (or root for i = 0)
            for (int i = 0; i < n; i++) toks.add(new Token("w" + i, tags[r.nextInt(tags.length)], i == 0 ? -1 : r.nextInt(i)));
            ParsedPrompt p = new ParsedPrompt(toks);
            Map<Integer, float[]> maps = new HashMap<>();
            for (int i = 0; i < n; i++) {
                float[] m = new float[w * h];
                int cx = r.nextInt(w), cy = r.nextInt(h);
                double s = 2 + 6 * r.nextDouble();
                for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) {
                    double g = Math.exp(-((x - cx) * (x - cx) + (y - cy) * (y - cy)) / (2 * s * s));
                    // coarse quantisation creates ties, which exercise the tie-break rules
                    m[y * w + x] = (float) (Math.round((g + 0.4 * r.nextDouble()) * 8) / 8.0);
                }
                maps.put(i, m);
            }
            XiScheme xi = new XiScheme(0.5 + 0.5 * r.nextDouble(), 0.3 + 0.6 * r.nextDouble(), 0.2 + 0.7 * r.nextDouble());
            DbscanParams d = new DbscanParams(1 + 1.5 * r.nextDouble(), 1 + r.nextInt(6), 1 + r.nextInt(30));
            Encoding e = new SemanticEncoder(EncoderConfig.paper().withXi(xi).withDbscan(d)).encode(p, new AttentionMaps(w, h, maps));
            BruteForceEncoder.Result ref = BruteForceEncoder.encode(p, maps, w, h, xi, d);
            assertThat(e.segmentPx()).as("trial " + trial).containsExactly(ref.segmentPx());
            assertThat(e.order()).containsExactly(ref.order());
            assertThat(e.pixels()).containsExactly(ref.pixels());
            for (int i = 0; i < n; i++) {
                if (Double.isNaN(ref.importance()[i])) assertThat(e.importance()[i]).isNaN();
                else assertThat(e.importance()[i]).isCloseTo(ref.importance()[i], org.assertj.core.api.Assertions.within(1e-12));
            }
        }
    }

    @Test
    void agreesWithBruteForceOnASyntheticScene() {
        ParsedPrompt p = new RuleBasedParser().parse("A blue car driving through the city.");
        AttentionMaps m = new SyntheticScenes(5, 48).maps(p);
        Encoding e = new SemanticEncoder(EncoderConfig.paper()).encode(p, m);
        BruteForceEncoder.Result ref = BruteForceEncoder.encode(p, m.byToken(), 48, 48, XiScheme.paper(), DbscanParams.defaults());
        assertThat(e.pixels()).containsExactly(ref.pixels());
        assertThat(e.semanticPx()).isPositive();
    }

    @Test
    void segmentsAreDisjointAndOrderedByImportance() {
        ParsedPrompt p = new RuleBasedParser().parse("An old man is wearing an odd hat.");
        Encoding e = new SemanticEncoder(EncoderConfig.paper()).encode(p, new SyntheticScenes(3, 128).maps(p));
        assertThat(java.util.Arrays.stream(e.pixels()).distinct().count()).isEqualTo(e.semanticPx());
        int sum = 0;
        for (int s : e.segmentPx()) sum += s;
        assertThat(sum).isEqualTo(e.semanticPx());
        for (int k = 1; k < e.order().length; k++)
            assertThat(e.importance()[e.order()[k - 1]]).isGreaterThanOrEqualTo(e.importance()[e.order()[k]]);
        assertThat(e.sent(10).cardinality()).isEqualTo(10);
        assertThat(e.sent(1L << 40).cardinality()).isEqualTo(e.semanticPx());
    }

    @Test
    void tiesGoToTheEarlierWord() {
        assertThat(Packing.order(new double[] {0.2, 0.3, 0.2, 0.3})).containsExactly(1, 3, 0, 2);
    }
}
