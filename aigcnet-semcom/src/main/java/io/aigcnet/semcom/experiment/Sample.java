package io.aigcnet.semcom.experiment;

import io.aigcnet.semcom.attention.AttentionMaps;
import io.aigcnet.semcom.attention.Scene;
import io.aigcnet.semcom.attention.SyntheticScenes;
import io.aigcnet.semcom.encode.EncoderConfig;
import io.aigcnet.semcom.encode.Encoding;
import io.aigcnet.semcom.encode.SemanticEncoder;
import io.aigcnet.semcom.encode.XiScheme;
import io.aigcnet.semcom.pixel.RgbImage;
import io.aigcnet.semcom.pixel.SceneRenderer;
import io.aigcnet.semcom.prompt.CaptionCorpus;
import io.aigcnet.semcom.prompt.ParsedPrompt;
import io.aigcnet.semcom.prompt.RuleBasedParser;
import io.aigcnet.semcom.quality.ImageTraits;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/** One evaluation image of the experiments: caption, parse, synthetic scene and maps, surrogate traits. */
record Sample(String caption, ParsedPrompt prompt, Scene scene, AttentionMaps maps, ImageTraits traits) {

    static final EncoderConfig MIXED = EncoderConfig.paper();
    static final EncoderConfig XI_08 = EncoderConfig.paper().withXi(XiScheme.uniform(0.8));
    static final EncoderConfig XI_05 = EncoderConfig.paper().withXi(XiScheme.uniform(0.5));

    Encoding encode(EncoderConfig cfg) {
        return new SemanticEncoder(cfg).encode(prompt, maps);
    }

    RgbImage image() {
        return SceneRenderer.render(scene, maps.width());
    }

    /** The paper's four prompts first (when {@code withPaper}), then seeded corpus captions, {@code n} in all. */
    static List<Sample> draw(int n, int size, boolean withPaper, UniformRandomProvider captions, UniformRandomProvider scenes,
                             UniformRandomProvider traits, double nimaSd) {
        List<String> texts = new ArrayList<>();
        if (withPaper) texts.addAll(CaptionCorpus.PAPER.subList(0, Math.min(n, CaptionCorpus.PAPER.size())));
        texts.addAll(CaptionCorpus.sample(captions, n - texts.size()));
        RuleBasedParser parser = new RuleBasedParser();
        List<Sample> out = new ArrayList<>(n);
        for (String t : texts) {
            ParsedPrompt p = parser.parse(t);
            Scene s = SyntheticScenes.scene(p, scenes);
            out.add(new Sample(t, p, s, SyntheticScenes.render(s, size), ImageTraits.draw(traits, nimaSd, 0.15)));
        }
        return out;
    }
}
