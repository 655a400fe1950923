package io.aigcnet.chain.tx;

import static org.assertj.core.api.Assertions.assertThat;

import io.aigcnet.chain.block.Block;
import io.aigcnet.chain.block.CommitCertificate;
import io.aigcnet.chain.block.Evidence;
import io.aigcnet.chain.block.Vote;
import io.aigcnet.chain.block.VoteKind;
import io.aigcnet.chain.codec.ByteReader;
import io.aigcnet.chain.crypto.Address;
import io.aigcnet.chain.crypto.Hash;
import io.aigcnet.chain.crypto.KeyPair;
import io.aigcnet.chain.crypto.Sha256;
import io.aigcnet.chain.crypto.SignatureScheme;
import io.aigcnet.chain.state.LedgerState;
import io.aigcnet.chain.validation.PayloadRule;
import io.aigcnet.chain.validation.Reason;
import io.aigcnet.chain.validation.Rules;
import io.aigcnet.chain.wire.ChainMessage;
import java.util.List;
import java.util.Optional;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class TransactionCodecTest {
    private final KeyPair alice = KeyPair.generate(RandomSource.SPLIT_MIX_64.create(1L));
    private final KeyPair masp = KeyPair.generate(RandomSource.SPLIT_MIX_64.create(2L));
    private final SignatureScheme ed = SignatureScheme.ed25519();

    @Test
    void everyTransactionTypeRoundTripsAndPassesItsPayloadRule() throws Exception {
        OpinionUpdate op = new OpinionUpdate(Sha256.hash(new byte[] {1}), 700_000, 200_000, 100_000, 7, 1, 50);
        RollupBlock rb = new RollupBlock(3, List.of(Sha256.hash(new byte[] {2}), Sha256.hash(new byte[] {3})), Sha256.hash(new byte[] {4}));
        ChannelOp est = new ChannelOp(9, ChannelOp.Op.ESTABLISH, 1000, Hash.ZERO, new byte[0]);
        List<Transaction> txs = List.of(
                Transaction.transfer(alice, masp.address(), 1, 5, 10, ed),
                Transaction.sign(TxType.OPINION_UPDATE, alice, masp.address(), 2, 5, 0, op.encode(), ed),
                Transaction.sign(TxType.REPUTATION_ROLLUP, masp, Address.NONE, 1, 5, 0, rb.encode(), ed),
                Transaction.sign(TxType.TRANSFER_CHANNEL, masp, alice.address(), 2, 5, 1000, est.encode(), ed));
        for (Transaction t : txs) {
            Transaction back = Transaction.decode(new ByteReader(t.encode()));
            assertThat(back).isEqualTo(t);
            assertThat(back.encodedSize()).isEqualTo(t.encode().length);
            assertThat(back.verifySignature(ed)).isTrue();
            assertThat(new PayloadRule().check(back, new LedgerState()).ok()).as(t.type().name()).isTrue();
        }
        assertThat(OpinionUpdate.decode(new ByteReader(op.encode()))).isEqualTo(op);
        assertThat(RollupBlock.decode(new ByteReader(rb.encode()))).isEqualTo(rb);
        assertThat(ChannelOp.decode(new ByteReader(est.encode()))).isEqualTo(est);
        // a roll-up must have no receiver: the payload rule names the reason
        Transaction wrong = Transaction.sign(TxType.REPUTATION_ROLLUP, masp, alice.address(), 3, 5, 0, rb.encode(), ed);
        assertThat(new PayloadRule().check(wrong, new LedgerState()).reason()).isEqualTo(Reason.BAD_PAYLOAD);
    }

    @Test
    void blocksAndMessagesRoundTrip() throws Exception {
        Transaction t = Transaction.transfer(alice, masp.address(), 1, 5, 10, ed);
        Vote pc = Vote.sign(VoteKind.PRECOMMIT, 1, 4, Sha256.hash(new byte[] {9}), -1, masp, ed);
        CommitCertificate cert = new CommitCertificate(1, 4, pc.blockHash(), List.of(pc));
        Evidence ev = new Evidence(Vote.sign(VoteKind.PREVOTE, 2, 5, Hash.ZERO, -1, masp, ed),
                Vote.sign(VoteKind.PREVOTE, 2, 5, pc.blockHash(), -1, masp, ed));
        assertThat(ev.verify(ed)).isTrue();
        Block b = Block.produce(2, 5, pc.blockHash(), 25, List.of(t), Optional.of(cert), List.of(ev), masp, ed);
        assertThat(b.verifyIntegrity(ed)).isTrue();
        assertThat(b.encodedSize()).isEqualTo(b.encode().length);
        Block back = Block.decode(new ByteReader(b.encode()));
        assertThat(back.hash()).isEqualTo(b.hash());
        assertThat(back.verifyIntegrity(ed)).isTrue();
        for (ChainMessage m : List.of(new ChainMessage.TxBatch(List.of(t)), new ChainMessage.Proposal(b, pc), new ChainMessage.VoteMsg(pc),
                new ChainMessage.Commit(b, cert), new ChainMessage.SyncRequest(7), new ChainMessage.EvidenceMsg(ev))) {
            byte[] bytes = m.encode();
            assertThat(bytes).hasSize(m.size());
            assertThat(ChainMessage.decode(bytes).encode()).isEqualTo(bytes);
        }
    }

    @Test
    void admissionRejectsReplayAndUnderpaidTransactions() {
        LedgerState s = new LedgerState();
        s.credit(alice.address(), 100);
        Transaction t = Transaction.transfer(alice, masp.address(), 5, 2, 10, ed);
        assertThat(Rules.admission(ed, 1).check(t, s).ok()).isTrue();
        assertThat(Rules.admission(ed, 3).check(t, s).reason()).isEqualTo(Reason.FEE_TOO_LOW);
        s.apply(t, masp.address());
        assertThat(s.balance(alice.address())).isEqualTo(88);
        assertThat(s.balance(masp.address())).isEqualTo(12);
        assertThat(Rules.admission(ed, 1).check(t, s).reason()).isEqualTo(Reason.REPLAYED_NONCE);
        // out-of-order within the 64-wide window is fine; far below it is dead
        assertThat(s.nonceUsable(alice.address(), 4)).isTrue();
        Transaction far = Transaction.transfer(alice, masp.address(), 100, 2, 10, ed);
        s.apply(far, masp.address());
        assertThat(s.nonceUsable(alice.address(), 36)).isFalse();
        assertThat(s.nonceUsable(alice.address(), 37)).isTrue();
        Transaction rich = Transaction.transfer(alice, masp.address(), 101, 2, 1_000, ed);
        assertThat(Rules.execution().check(rich, s).reason()).isEqualTo(Reason.INSUFFICIENT_BALANCE);
    }
}
