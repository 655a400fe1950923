package io.aigcnet.edge.stack;

import io.aigcnet.edge.offload.LatencyModel;
import io.aigcnet.edge.service.ContentDescriptor;
import io.aigcnet.edge.service.Delivery;
import io.aigcnet.edge.service.DirectDelivery;
import io.aigcnet.semcom.attention.SyntheticScenes;
import io.aigcnet.semcom.encode.EncoderConfig;
import io.aigcnet.semcom.encode.Encoding;
import io.aigcnet.semcom.encode.SemanticEncoder;
import io.aigcnet.semcom.prompt.CaptionCorpus;
import io.aigcnet.semcom.prompt.ParsedPrompt;
import io.aigcnet.semcom.prompt.RuleBasedParser;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * G-SemCom delivery of images: the edge sends the prompt and only the semantic pixels that its
 * attention-aware encoder keeps (G-SemCom Algorithm 1: binarisation eq. (8), importance, DBSCAN eq. (13),
 * packing eq. (14)); the phone regenerates the rest. Other modalities are sent whole.
 *
 * <p>The city's requests carry no prompt text, so request {@code id} is given the prompt
 * {@code id mod |corpus|} of the paper's caption corpus; each prompt is encoded once, on synthetic
 * attention maps (the default attention source of aigcnet-semcom; a real Stable Diffusion run would give
 * DAAM maps), and its semantic fraction (semantic pixels / image pixels) is kept. The bits sent are that
 * fraction of the image plus the prompt's UTF-8 bytes. The regenerated image's quality is left as the
 * edge produced it: the perceived-quality cost of regeneration is measured in {@code gsemcom-paradigms}
 * (calibrated surrogate), not re-modelled here, and local regeneration time on the phone is not charged.
 */
public final class SemanticDelivery implements Delivery {
    private final Delivery direct = new DirectDelivery();
    private final List<String> prompts;
    private final double[] fraction;
    private final double[] promptMbit;
    private long imagesSent;
    private double imageMbitFull;
    private double imageMbitSent;

    /**
     * @param seed seed of the synthetic attention maps
     * @param mapSide side of the attention maps, pixels (the fraction hardly depends on it; 128 keeps set-up fast)
     */
    public SemanticDelivery(long seed, int mapSide, EncoderConfig encoder) {
        if (mapSide < 32 || mapSide > 2048) {
            throw new IllegalArgumentException("map side must be in [32, 2048] pixels, got " + mapSide);
        }
        prompts = CaptionCorpus.PAPER;
        fraction = new double[prompts.size()];
        promptMbit = new double[prompts.size()];
        SyntheticScenes source = new SyntheticScenes(seed, mapSide);
        SemanticEncoder enc = new SemanticEncoder(encoder);
        RuleBasedParser parser = new RuleBasedParser();
        for (int i = 0; i < prompts.size(); i++) {
            ParsedPrompt p = parser.parse(prompts.get(i));
            Encoding e = enc.encode(p, source.maps(p));
            fraction[i] = (double) e.semanticPx() / e.imagePx();
            promptMbit[i] = prompts.get(i).getBytes(StandardCharsets.UTF_8).length * 8 / 1e6;
        }
    }

    public static SemanticDelivery paper(long seed) {
        return new SemanticDelivery(seed, 128, EncoderConfig.paper());
    }

    @Override
    public double deliverS(ContentDescriptor content, double downlinkMbps) {
        if (!content.modality().equalsIgnoreCase("image")) {
            return direct.deliverS(content, downlinkMbps);
        }
        int k = (int) Math.floorMod(content.requestId(), (long) prompts.size());
        double mbit = fraction[k] * content.sizeMbit() + promptMbit[k];
        imagesSent++;
        imageMbitFull += content.sizeMbit();
        imageMbitSent += mbit;
        return LatencyModel.transferS(mbit, downlinkMbps);
    }

    /** Semantic pixels / image pixels of the prompt given to request {@code id}. */
    public double fractionFor(long requestId) {
        return fraction[(int) Math.floorMod(requestId, (long) prompts.size())];
    }

    public long imagesSent() {
        return imagesSent;
    }

    /** Share of image bits not sent, over every image delivered so far (the paper: 49.4 % on its prompts). */
    public double imageBandwidthSaving() {
        return imageMbitFull == 0 ? 0 : 1 - imageMbitSent / imageMbitFull;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "G-SemCom delivery (%d prompts, mean semantic fraction %.3f)", prompts.size(),
                java.util.Arrays.stream(fraction).average().orElse(0));
    }
}
