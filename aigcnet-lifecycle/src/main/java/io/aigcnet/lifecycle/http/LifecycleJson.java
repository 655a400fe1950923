package io.aigcnet.lifecycle.http;

import io.aigcnet.lifecycle.registry.ChallengeVerdict;
import io.aigcnet.lifecycle.registry.Htlc;
import io.aigcnet.lifecycle.registry.LifecycleApp;
import io.aigcnet.lifecycle.registry.OwnershipEntry;
import io.aigcnet.lifecycle.registry.ProductRecord;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON views of registry records (hashes and keys as hex). */
public final class LifecycleJson {
    private LifecycleJson() {
    }

    public static Map<String, Object> product(ProductRecord p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id().hex());
        m.put("state", p.state().name());
        m.put("owner", p.owner().hex());
        m.put("producer", p.producer().hex());
        m.put("esp", p.esp().hex());
        m.put("esp_claim_tx", p.claimTxId().hex());
        m.put("content_sha256", p.contentHash().hex());
        m.put("fingerprint", p.fingerprint().hex());
        m.put("cipher_ref", p.cipherRef().hex());
        m.put("prompt_commitment", p.promptCommitment().hex());
        m.put("priority", List.of(p.priorityHeight(), p.priorityIndex()));
        m.put("registered_height", p.registeredHeight());
        m.put("registered_time_ns", p.registeredTimeNanos());
        m.put("last_price", p.lastPrice());
        m.put("removed_by", p.removedBy().map(h -> h.hex()).orElse(null));
        m.put("owners", p.owners().stream().map(LifecycleJson::owner).toList());
        return m;
    }

    static Map<String, Object> owner(OwnershipEntry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("owner", e.owner().hex());
        m.put("since_height", e.sinceHeight());
        m.put("tx", e.txId().hex());
        m.put("cause", e.cause().name());
        m.put("price", e.price());
        return m;
    }

    public static Map<String, Object> htlc(Htlc h) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", h.id().hex());
        m.put("kind", h.kind().name());
        m.put("state", h.state().name());
        m.put("payer", h.payer().hex());
        m.put("payee", h.payee().hex());
        m.put("amount", h.amount());
        m.put("lock_hash", h.lock().lockHash().hex());
        m.put("expires_at_ns", h.lock().expiresAtNanos());
        m.put("product", h.productId().hex());
        return m;
    }

    public static Map<String, Object> verdict(ChallengeVerdict v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("challenge", v.challengeId().hex());
        m.put("original", v.originalId().hex());
        m.put("accused", v.accusedId().hex());
        m.put("challenger", v.challenger().hex());
        m.put("distance_bits", v.distanceBits());
        m.put("threshold_bits", v.thresholdBits());
        m.put("original_first", v.originalFirst());
        m.put("outcome", v.outcome().name());
        m.put("deposit", v.deposit());
        m.put("reward_paid", v.rewardPaid());
        m.put("height", v.height());
        return m;
    }

    public static Map<String, Object> history(LifecycleApp.History h) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("product", product(h.product()));
        m.put("trades", h.trades().stream().map(LifecycleJson::htlc).toList());
        m.put("verdicts", h.verdicts().stream().map(LifecycleJson::verdict).toList());
        return m;
    }
}
