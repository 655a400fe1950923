package io.aigcnet.lifecycle.client;

import io.aigcnet.chain.crypto.Hash;
import io.aigcnet.core.rng.RngStreams;
import io.aigcnet.lifecycle.image.Edits;
import io.aigcnet.lifecycle.image.ImageFiles;
import io.aigcnet.lifecycle.image.ProceduralAigcImages;
import io.aigcnet.lifecycle.registry.ChallengeVerdict;
import io.aigcnet.lifecycle.registry.Htlc;
import io.aigcnet.lifecycle.registry.LifecycleParams;
import io.aigcnet.lifecycle.registry.ProductRecord;
import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The demo's lifecycle act (the survey's case study in five steps): a producer registers an image an ESP
 * generated for it, a plagiarist registers a resized, re-encoded copy, the owner challenges, the copy is
 * removed, and the owner sells the original to a buyer through the trading HTLC.
 */
public final class LifecycleDemoAct {
    private LifecycleDemoAct() {
    }

    /** Runs the act; returns result keys (without prefix) and writes one line per step to {@code lines}. */
    public static Map<String, Object> run(long seed, int thresholdBits, List<String> lines) {
        LocalLifecycle w = new LocalLifecycle(List.of("producer", "esp", "plagiarist", "esp2", "buyer"), 1000 * LocalLifecycle.TOKEN,
                new LifecycleParams(10 * LocalLifecycle.TOKEN, 10 * LocalLifecycle.TOKEN, thresholdBits, 600_000_000_000L,
                        50 * LocalLifecycle.TOKEN), LocalLifecycle.TOKEN, RngStreams.of(seed).stream("lifecycle-demo"));
        BufferedImage img = ProceduralAigcImages.scene(256, seed, seed + 1);
        Hash orig = w.register(w.party("producer"), w.party("esp"), ImageFiles.png(img), "a lighthouse at dusk", 5 * LocalLifecycle.TOKEN)
                .productId().orElseThrow();
        lines.add("register   product " + orig.hex().substring(0, 12) + " owned by the producer, ESP paid 5 tokens");
        BufferedImage copy = Edits.jpeg(Edits.resize(img, 0.6), 0.6f);
        Hash dup = w.register(w.party("plagiarist"), w.party("esp2"), ImageFiles.png(copy), "a lighthouse", LocalLifecycle.TOKEN)
                .productId().orElseThrow();
        lines.add("plagiarise copy " + dup.hex().substring(0, 12) + " (resized 0.6x, JPEG q60) registered by another producer");
        ChallengeVerdict v = w.challenge(w.party("producer"), orig, dup).orElseThrow();
        lines.add(String.format(Locale.ROOT, "challenge  distance %d bits <= %d, original first: %s (deposit refunded + %d reward)",
                v.distanceBits(), v.thresholdBits(), v.outcome(), v.rewardPaid()));
        ProductRecord removed = w.app().product(dup).orElseThrow();
        lines.add("remove     copy is now " + removed.state());
        Htlc t = w.trade(w.party("producer"), w.party("buyer"), orig, 20 * LocalLifecycle.TOKEN);
        ProductRecord sold = w.app().product(orig).orElseThrow();
        lines.add("trade      " + t.state() + ": ownership moved to the buyer with the 20-token payment in one transaction");
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("challenge_outcome", v.outcome().name());
        r.put("challenge_distance_bits", v.distanceBits());
        r.put("copy_state", removed.state().name());
        r.put("trade_state", t.state().name());
        r.put("owner_is_buyer", sold.owner().equals(w.party("buyer").address()));
        r.put("blocks", w.ledger().height());
        return r;
    }
}
