package io.aigcnet.layer2.channel;

import io.aigcnet.chain.crypto.SignatureScheme;
import java.util.List;

/**
 * The contract's checks of a close submission: every state double-signed and about this channel,
 * starting at the genesis state, seq strictly increasing, each completed state extending the previous
 * one by exactly one transfer, and only the last state allowed to be a lock state (built on the
 * completed state before it).
 */
public final class EvidenceRules {
    private EvidenceRules() {
    }

    public static Verdict check(ChannelParams params, ChannelEvidence ev, SignatureScheme scheme) {
        List<SignedState> h = ev.history();
        ChannelState first = h.get(0).state();
        if (first.seq() != 0 || !first.transfers().isEmpty() || first.isLock() || first.deposit() != params.deposit()) {
            return Verdict.invalid("history must start with the genesis state [balance: deposit, ownership: {}]");
        }
        for (int i = 0; i < h.size(); i++) {
            ChannelState s = h.get(i).state();
            if (!s.channelId().equals(params.channelId())) {
                return Verdict.invalid("state " + i + " belongs to another channel");
            }
            if (s.deposit() != params.deposit()) {
                return Verdict.invalid("state " + i + " has the wrong deposit");
            }
            if (!h.get(i).verify(params.client(), params.masp(), scheme)) {
                return Verdict.invalid("state " + i + " (seq " + s.seq() + ") is not signed by both parties");
            }
            if (s.isLock() && i != h.size() - 1) {
                return Verdict.invalid("only the last state may hold a pending swap");
            }
            if (i > 0) {
                ChannelState prev = h.get(i - 1).state();
                if (s.seq() <= prev.seq()) {
                    return Verdict.invalid("seq must increase strictly: " + prev.seq() + " then " + s.seq());
                }
                Verdict step = s.isLock() ? lockStep(prev, s) : completeStep(prev, s);
                if (!step.valid()) {
                    return step;
                }
            }
        }
        return Verdict.OK;
    }

    private static Verdict lockStep(ChannelState prev, ChannelState lock) {
        return lock.transfers().equals(prev.transfers()) ? Verdict.OK
                : Verdict.invalid("lock state seq " + lock.seq() + " changes completed transfers");
    }

    private static Verdict completeStep(ChannelState prev, ChannelState next) {
        List<Transfer> a = prev.transfers();
        List<Transfer> b = next.transfers();
        if (b.size() != a.size() + 1 || !b.subList(0, a.size()).equals(a)) {
            return Verdict.invalid("state seq " + next.seq() + " must add exactly one transfer to seq " + prev.seq());
        }
        return Verdict.OK;
    }
}
