package io.aigcnet.layer2.anchor;

import io.aigcnet.chain.tx.RollupPayload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aigcnet.layer2.channel.ChannelEvidence;
import io.aigcnet.layer2.channel.ChannelParams;
import io.aigcnet.layer2.channel.ChannelState;
import io.aigcnet.layer2.channel.ChannelTimers;
import io.aigcnet.layer2.channel.ChannelTx;
import io.aigcnet.layer2.channel.SignedState;
import io.aigcnet.layer2.channel.Transfer;
import io.aigcnet.layer2.channel.TransferCommitment;
import io.aigcnet.chain.codec.DecodeException;
import io.aigcnet.chain.crypto.Address;
import io.aigcnet.chain.crypto.Hash;
import io.aigcnet.chain.crypto.KeyPair;
import io.aigcnet.chain.crypto.Sha256;
import io.aigcnet.chain.crypto.SignatureScheme;
import io.aigcnet.chain.state.LedgerState;
import io.aigcnet.chain.tx.ChannelOp;
import io.aigcnet.chain.tx.Transaction;
import io.aigcnet.chain.tx.TxType;
import io.aigcnet.chain.validation.Rules;
import java.util.List;
import java.util.Optional;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class ChannelTxCodecTest {
    private final SignatureScheme ed = SignatureScheme.ed25519();
    private final KeyPair client = KeyPair.generate(RandomSource.SPLIT_MIX_64.create(1L));
    private final KeyPair masp = KeyPair.generate(RandomSource.SPLIT_MIX_64.create(2L));
    private final ChannelParams params = new ChannelParams(client.address(), masp.address(), 1_000, 3, ChannelTimers.defaults());

    private SignedState both(ChannelState s) {
        return new SignedState(s, ed.sign(client, s.digest().toBytes()), ed.sign(masp, s.digest().toBytes()));
    }

    /** Admission also asks that the sender can cover value + fee, so the submitters hold funds here. */
    private LedgerState funded() {
        LedgerState st = new LedgerState();
        st.credit(client.address(), 1_000_000);
        st.credit(masp.address(), 1_000_000);
        return st;
    }

    @Test
    void establishAndCloseRoundTripThroughSignedTransferChannelTransactions() throws Exception {
        ChannelState g = ChannelState.genesis(params.channelId(), params.deposit());
        ChannelTx.Establish est = new ChannelTx.Establish(masp.address(), 7, params, both(g));
        Transaction t = ChannelTxCodec.encode(est, masp, 1, ed);
        assertThat(t.type()).isEqualTo(TxType.TRANSFER_CHANNEL);
        assertThat(t.fee()).isEqualTo(7);
        assertThat(t.value()).isZero();
        // a real anchor-chain transaction: it passes the node's admission rules
        assertThat(Rules.admission(ed, 0).check(t, funded()).ok()).isTrue();
        ChannelTx.Establish back = (ChannelTx.Establish) ChannelTxCodec.decode(t);
        assertThat(back.params()).isEqualTo(params);
        assertThat(back.genesis().state()).isEqualTo(g);
        assertThat(back.txFee()).isZero(); // F_e is paid by the chain's account state, not again by the contract

        Hash k1 = Sha256.hash(new byte[] {1});
        Hash k2 = Sha256.hash(new byte[] {2});
        List<Transfer> ts = List.of(new Transfer(k1, 100), new Transfer(k2, 50));
        ChannelState s1 = new ChannelState(params.channelId(), 1, 1_000, 150, TransferCommitment.of(ts), Optional.empty());
        ChannelTx.Close close = new ChannelTx.Close(client.address(), 0, params.channelId(),
                new ChannelEvidence(both(s1), Optional.empty()));
        Transaction ct = ChannelTxCodec.encode(close, client, 1, ed);
        ChannelOp op = ChannelTxCodec.op(close);
        assertThat(op.amount()).isEqualTo(150); // 100 + 50 by hand
        // two leaves: root = SHA-256(0x01 ‖ leaf_1 ‖ leaf_2), leaf_i = SHA-256(0x00 ‖ H(P_i) ‖ f_i), hashed here directly
        byte[] l1 = new io.aigcnet.chain.codec.ByteWriter(41).u8(0).hash(k1).i64(100).toByteArray();
        byte[] l2 = new io.aigcnet.chain.codec.ByteWriter(41).u8(0).hash(k2).i64(50).toByteArray();
        byte[] node = new io.aigcnet.chain.codec.ByteWriter(65).u8(1).hash(Sha256.hash(l1)).hash(Sha256.hash(l2)).toByteArray();
        assertThat(op.ownershipRoot()).isEqualTo(Sha256.hash(node));
        ChannelTx.Close cb = (ChannelTx.Close) ChannelTxCodec.decode(ct);
        assertThat(cb.channelId()).isEqualTo(params.channelId());
        assertThat(cb.evidence().latest().state()).isEqualTo(s1);
        assertThat(cb.submitter()).isEqualTo(client.address());
    }

    @Test
    void aCloseWhoseEnvelopeMisstatesItsEvidenceIsRejected() {
        Hash k1 = Sha256.hash(new byte[] {1});
        ChannelState s1 = new ChannelState(params.channelId(), 1, 1_000, 100, TransferCommitment.of(List.of(new Transfer(k1, 100))),
                Optional.empty());
        ChannelOp honest = ChannelTxCodec.op(new ChannelTx.Close(client.address(), 0, params.channelId(),
                new ChannelEvidence(both(s1), Optional.empty())));
        ChannelOp lying = new ChannelOp(honest.index(), ChannelOp.Op.CLOSE, 99, honest.ownershipRoot(), honest.evidence());
        Transaction t = Transaction.sign(TxType.TRANSFER_CHANNEL, client, Address.NONE, 1, 0, 0, lying.encode(), ed);
        assertThatThrownBy(() -> ChannelTxCodec.decode(t)).isInstanceOf(DecodeException.class).hasMessageContaining("channel.close");
        assertThatThrownBy(() -> ChannelTxCodec.encode(new ChannelTx.Close(client.address(), 0, params.channelId(),
                new ChannelEvidence(both(s1), Optional.empty())), masp, 1, ed))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theAnchorChainAdmitsEveryRcoRollupPayloadKind() {
        Hash h = Sha256.hash(new byte[] {9});
        List<io.aigcnet.chain.tx.RollupPayload> kinds = List.of(
                new io.aigcnet.chain.tx.RollupPayload.Full(new io.aigcnet.chain.tx.RollupBlock(1, List.of(h), h)),
                new io.aigcnet.chain.tx.RollupPayload.Compact(1, 3, h, h, h),
                new io.aigcnet.chain.tx.RollupPayload.Poison(1, 0, masp.address(), h, 2));
        long nonce = 1;
        for (io.aigcnet.chain.tx.RollupPayload p : kinds) {
            Transaction t = Transaction.sign(TxType.REPUTATION_ROLLUP, masp, Address.NONE, nonce++, 0, 0, p.encode(), ed);
            assertThat(Rules.admission(ed, 0).check(t, funded()).ok()).as(p.getClass().getSimpleName()).isTrue();
        }
        byte[] junk = {7, 1, 2};
        Transaction bad = Transaction.sign(TxType.REPUTATION_ROLLUP, masp, Address.NONE, nonce, 0, 0, junk, ed);
        assertThat(Rules.admission(ed, 0).check(bad, funded()).ok()).isFalse();
    }
}
