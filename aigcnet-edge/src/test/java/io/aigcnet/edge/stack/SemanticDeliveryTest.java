package io.aigcnet.edge.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.aigcnet.edge.service.ContentDescriptor;
import io.aigcnet.semcom.attention.SyntheticScenes;
import io.aigcnet.semcom.encode.EncoderConfig;
import io.aigcnet.semcom.encode.Encoding;
import io.aigcnet.semcom.encode.SemanticEncoder;
import io.aigcnet.semcom.prompt.CaptionCorpus;
import io.aigcnet.semcom.prompt.ParsedPrompt;
import io.aigcnet.semcom.prompt.RuleBasedParser;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SemanticDeliveryTest {
    @Test
    void anImageCostsItsSemanticPixelsPlusThePromptAndOtherModalitiesGoWhole() {
        SemanticDelivery d = new SemanticDelivery(7, 128, EncoderConfig.paper());
        // independent: encode the prompt of request 3 here and compute the time by hand
        String prompt = CaptionCorpus.PAPER.get(3);
        ParsedPrompt p = new RuleBasedParser().parse(prompt);
        Encoding e = new SemanticEncoder(EncoderConfig.paper()).encode(p, new SyntheticScenes(7, 128).maps(p));
        double f = (double) e.semanticPx() / (128 * 128);
        assertThat(d.fractionFor(3)).isCloseTo(f, within(1e-12));
        assertThat(f).isStrictlyBetween(0.0, 1.0);
        double mbit = f * 8 + prompt.getBytes(StandardCharsets.UTF_8).length * 8 / 1e6;
        assertThat(d.deliverS(new ContentDescriptor(3, "sd", "image", 0.9, 8, "e0"), 20)).isCloseTo(mbit / 20, within(1e-12));
        // text is sent whole: 0.05 Mbit at 20 Mbit/s
        assertThat(d.deliverS(new ContentDescriptor(4, "llm", "text", 0.9, 0.05, "e0"), 20)).isCloseTo(0.05 / 20, within(1e-12));
        assertThat(d.imagesSent()).isEqualTo(1);
        assertThat(d.imageBandwidthSaving()).isCloseTo(1 - mbit / 8, within(1e-12));
        // request ids wrap around the corpus
        assertThat(d.fractionFor(3 + CaptionCorpus.PAPER.size())).isEqualTo(d.fractionFor(3));
    }
}
