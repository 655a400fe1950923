package io.aigcnet.layer2.anchor;

import io.aigcnet.layer2.channel.ChannelEvidence;
import io.aigcnet.layer2.channel.ChannelParams;
import io.aigcnet.layer2.channel.ChannelState;
import io.aigcnet.layer2.channel.ChannelTx;
import io.aigcnet.layer2.channel.SignedState;
import io.aigcnet.chain.codec.ByteReader;
import io.aigcnet.chain.codec.ByteWriter;
import io.aigcnet.chain.codec.DecodeException;
import io.aigcnet.chain.crypto.Address;
import io.aigcnet.chain.crypto.Hash;
import io.aigcnet.chain.crypto.KeyPair;
import io.aigcnet.chain.crypto.SignatureScheme;
import io.aigcnet.chain.tx.ChannelOp;
import io.aigcnet.chain.tx.Transaction;
import io.aigcnet.chain.tx.TxType;

/**
 * Maps the contract's {@link ChannelTx} values to signed Transfer_Channel transactions and back.
 *
 * <p>Envelope: sender = the submitting party, receiver = none (the contract), value = 0, fee = F_e.
 * The {@link ChannelOp} payload: {@code index} = the first 63 bits of the channel id; ESTABLISH carries
 * amount 0 and, as evidence, the channel parameters followed by the double-signed genesis state; CLOSE
 * carries amount = Σ f_i and ownershipRoot = the submitted state's {@link ChannelState#ownershipRoot} (the
 * {@link io.aigcnet.layer2.rollup.MerkleTree} root over its transfers' leaves), and, as evidence, the channel
 * id followed by the {@link ChannelEvidence}: one double-signed state and an optional preimage, a few hundred
 * bytes whatever the number of transfers. The deposit is not moved by the envelope's value: it is held in the
 * contract's escrow accounts (see docs/decisions.md, "Layer 2").
 */
public final class ChannelTxCodec {
    private ChannelTxCodec() {
    }

    /** Signs {@code tx} as a Transfer_Channel transaction from {@code submitter} with the given nonce. */
    public static Transaction encode(ChannelTx tx, KeyPair submitter, long nonce, SignatureScheme scheme) {
        if (!submitter.address().equals(tx.submitter())) {
            throw new IllegalArgumentException("key of " + submitter.address() + " cannot sign for " + tx.submitter());
        }
        return Transaction.sign(TxType.TRANSFER_CHANNEL, submitter, Address.NONE, nonce, tx.txFee(), 0,
                op(tx).encode(), scheme);
    }

    /** The payload record of {@code tx}. */
    public static ChannelOp op(ChannelTx tx) {
        if (tx instanceof ChannelTx.Establish e) {
            byte[] ev = new ByteWriter(512).write(e.params()).write(e.genesis()).toByteArray();
            return new ChannelOp(index(e.params().channelId()), ChannelOp.Op.ESTABLISH, 0, Hash.ZERO, ev);
        }
        ChannelTx.Close c = (ChannelTx.Close) tx;
        byte[] ev = new ByteWriter(1024).hash(c.channelId()).write(c.evidence()).toByteArray();
        ChannelState last = c.evidence().latest().state();
        return new ChannelOp(index(c.channelId()), ChannelOp.Op.CLOSE, last.paid(), last.ownershipRoot(), ev);
    }

    /**
     * Decodes a finalised Transfer_Channel transaction for the contract. The fee is given as 0: F_e was
     * already paid to the block producer by the anchor chain's own account state.
     *
     * @throws DecodeException if the payload is malformed or the envelope does not commit to its evidence
     */
    public static ChannelTx decode(Transaction tx) throws DecodeException {
        if (tx.type() != TxType.TRANSFER_CHANNEL) {
            throw new DecodeException("tx.type", "must be TRANSFER_CHANNEL, got " + tx.type());
        }
        return decode(tx.sender(), 0, tx.payload());
    }

    /**
     * Decodes the {@link ChannelOp} payload {@code payload} of {@code submitter}'s contract call with fee
     * {@code txFee} (a party's submission carried to its chain host over a live link).
     *
     * @throws DecodeException if the payload is malformed or does not commit to its evidence
     */
    public static ChannelTx decode(Address submitter, long txFee, byte[] payload) throws DecodeException {
        ByteReader in = new ByteReader(payload);
        ChannelOp op = ChannelOp.decode(in);
        in.expectEnd();
        ByteReader ev = new ByteReader(op.evidence());
        if (op.op() == ChannelOp.Op.ESTABLISH) {
            ChannelParams params = ChannelParams.decode(ev);
            SignedState genesis = SignedState.decode(ev);
            ev.expectEnd();
            if (op.index() != index(params.channelId())) {
                throw new DecodeException("channel.index", "must be the channel id's first 63 bits");
            }
            return new ChannelTx.Establish(submitter, txFee, params, genesis);
        }
        Hash id = ev.hash("channel.close.channelId");
        ChannelEvidence evidence = ChannelEvidence.decode(ev);
        ev.expectEnd();
        ChannelState last = evidence.latest().state();
        if (op.index() != index(id) || op.amount() != last.paid() || !op.ownershipRoot().equals(last.ownershipRoot())) {
            throw new DecodeException("channel.close", "index, amount and ownershipRoot must commit to the evidence's final state");
        }
        return new ChannelTx.Close(submitter, txFee, id, evidence);
    }

    /** The on-chain channel index: the channel id's first 63 bits. */
    public static long index(Hash channelId) {
        byte[] b = channelId.toBytes();
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v = (v << 8) | (b[i] & 0xff);
        }
        return v & Long.MAX_VALUE;
    }
}
