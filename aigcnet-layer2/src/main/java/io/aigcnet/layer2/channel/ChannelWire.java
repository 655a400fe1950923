package io.aigcnet.layer2.channel;

import io.aigcnet.chain.crypto.Hash;
import io.aigcnet.chain.crypto.Signature;

/**
 * Every message of the channel protocol as it travels over the runtime's network. Party-to-party
 * messages are numbered by {@code round} so that late or duplicated messages of an abandoned round
 * are recognised and ignored. The letters are the steps of ProSecutor P2 / Fig. 3.
 */
public sealed interface ChannelWire {
    /** Channel initialisation: the client proposes the parameters and signs the genesis state. */
    record OpenRequest(ChannelParams params, Signature clientGenesisSig) implements ChannelWire {
    }

    /** (a) The client drew R and sends H(R), naming the output it buys, its fee, and the lock expiry. */
    record HashOffer(Hash channelId, long round, Hash lockHash, Transfer transfer, long expiresAtNanos)
            implements ChannelWire {
    }

    /** (b) The MASP locks H(P) under H(R): its signature on the lock state. */
    record OwnershipLock(Hash channelId, long round, ChannelState lockState, Signature maspSig) implements ChannelWire {
    }

    /** (c) The client locks f_t: its signature on the same lock state, which is now double-signed. */
    record FeeLock(Hash channelId, long round, Signature clientSig) implements ChannelWire {
    }

    /** (d) The MASP confirms the channel moved to the double-signed lock state. */
    record StateUpdated(Hash channelId, long round) implements ChannelWire {
    }

    /** (e) The client unlocks H(P) with R (exposing R) and signs the new balance, i.e. the completed state. */
    record Reveal(Hash channelId, long round, byte[] preimage, ChannelState next, Signature clientSig)
            implements ChannelWire {
    }

    /** (f) The MASP claimed f_t with R and signs the new ownership set: the completed state is double-signed. */
    record Claim(Hash channelId, long round, Signature maspSig) implements ChannelWire {
    }

    /** A transaction for the anchor chain's Transfer_Channel contract. */
    record Submit(ChannelTx tx) implements ChannelWire {
    }

    /** An event of the contract, delivered to both parties (they watch the chain). */
    record Event(ChannelEvent event) implements ChannelWire {
    }

    /** A recovering party asks the chain for the channel's current status. */
    record Sync(Hash channelId) implements ChannelWire {
    }
}
