package io.aigcnet.layer2.channel;

import io.aigcnet.chain.crypto.SignatureScheme;

/**
 * The contract's checks of a close submission: the state is about this channel and its deposit, a seq-0
 * state is exactly the genesis state, and both parties signed it. Which of several valid submissions wins
 * (the highest seq) is the contract's close rule; whether each state extended the one before by exactly one
 * transfer was checked by both parties before they signed it, which is what their two signatures attest.
 */
public final class EvidenceRules {
    private EvidenceRules() {
    }

    public static Verdict check(ChannelParams params, ChannelEvidence ev, SignatureScheme scheme) {
        ChannelState s = ev.latest().state();
        if (!s.channelId().equals(params.channelId())) {
            return Verdict.invalid("state belongs to another channel");
        }
        if (s.deposit() != params.deposit()) {
            return Verdict.invalid("state has the wrong deposit");
        }
        if (s.seq() == 0 && !s.equals(ChannelState.genesis(params.channelId(), params.deposit()))) {
            return Verdict.invalid("the seq-0 state must be the genesis state [balance: deposit, ownership: {}]");
        }
        if (!ev.latest().verify(params.client(), params.masp(), scheme)) {
            return Verdict.invalid("state seq " + s.seq() + " is not signed by both parties");
        }
        return Verdict.OK;
    }
}
