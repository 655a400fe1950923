package io.aigcnet.layer2.channel;

import io.aigcnet.chain.crypto.Address;
import io.aigcnet.chain.crypto.Hash;

/**
 * The Transfer_Channel transaction's two operations (Fig. 2: {@code Opt. ∈ {establish, close}}) as the
 * contract executes them. {@code submitter} is the transaction's sender, authenticated by the anchor
 * chain's transaction signature; {@code txFee} is its fee F_e, paid by the submitter.
 */
public sealed interface ChannelTx {
    Address submitter();

    long txFee();

    /** Opens the channel with the genesis state signed by both; ProSecutor §VI-B: the MASP submits and pays. */
    record Establish(Address submitter, long txFee, ChannelParams params, SignedState genesis) implements ChannelTx {
    }

    /** Closes (first submission) or challenges (later submissions) with the submitter's best evidence. */
    record Close(Address submitter, long txFee, Hash channelId, ChannelEvidence evidence) implements ChannelTx {
    }
}
