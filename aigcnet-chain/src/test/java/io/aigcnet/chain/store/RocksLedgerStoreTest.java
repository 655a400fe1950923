package io.aigcnet.chain.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aigcnet.chain.block.Block;
import io.aigcnet.chain.block.CommitCertificate;
import io.aigcnet.chain.block.Vote;
import io.aigcnet.chain.block.VoteKind;
import io.aigcnet.chain.crypto.Hash;
import io.aigcnet.chain.crypto.KeyPair;
import io.aigcnet.chain.crypto.SignatureScheme;
import io.aigcnet.chain.tx.Transaction;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RocksLedgerStoreTest {
    @TempDir
    Path dir;

    @Test
    void blocksSurviveReopenAndAccountingIsCanonical() {
        var rng = RandomSource.SPLIT_MIX_64.create(5L);
        KeyPair producer = KeyPair.generate(rng);
        KeyPair alice = KeyPair.generate(rng);
        List<Block> blocks = new ArrayList<>();
        Hash parent = Hash.ZERO;
        Optional<CommitCertificate> last = Optional.empty();
        List<CommitCertificate> certs = new ArrayList<>();
        for (int h = 1; h <= 3; h++) {
            List<Transaction> txs = new ArrayList<>();
            for (int i = 0; i < h * 10; i++) {
                txs.add(Transaction.transfer(alice, producer.address(), h * 100L + i, 1, 1, SignatureScheme.ed25519()));
            }
            Block b = Block.produce(h, h, parent, h * 1000L, txs, last, List.of(), producer, SignatureScheme.ed25519());
            CommitCertificate c = new CommitCertificate(h, h, b.hash(),
                    List.of(Vote.sign(VoteKind.PRECOMMIT, h, h, b.hash(), -1, producer, SignatureScheme.ed25519())));
            blocks.add(b);
            certs.add(c);
            parent = b.hash();
            last = Optional.of(c);
        }
        try (RocksLedgerStore s = new RocksLedgerStore(dir)) {
            for (int i = 0; i < 3; i++) {
                s.append(blocks.get(i), certs.get(i));
            }
            assertThatThrownBy(() -> s.append(blocks.get(0), certs.get(0))).isInstanceOf(IllegalArgumentException.class);
        }
        try (RocksLedgerStore s = new RocksLedgerStore(dir)) {
            assertThat(s.height()).isEqualTo(3);
            assertThat(s.get(2).orElseThrow().block().hash()).isEqualTo(blocks.get(1).hash());
            assertThat(s.get(3).orElseThrow().certificate()).isEqualTo(certs.get(2));
            assertThat(s.heightOfTx(blocks.get(2).txs().get(5).id())).contains(3L);
            // hand computation: 3 headers x 120 B + (10 + 20 + 30) txs x 99 B = 6300 B
            assertThat(s.canonicalBytes()).isEqualTo(6300);
            assertThat(s.diskBytes()).isGreaterThan(0);
        }
    }

    @Test
    void consensusJournalSurvivesReopenInOrderAndIsTrimmedAtCommit() {
        var rng = RandomSource.SPLIT_MIX_64.create(9L);
        KeyPair me = KeyPair.generate(rng);
        SignatureScheme ed = SignatureScheme.ed25519();
        Block b4 = Block.produce(4, 7, Hash.ZERO, 7000L, List.of(), Optional.empty(), List.of(), me, ed);
        Block b5 = Block.produce(5, 9, b4.hash(), 9000L, List.of(), Optional.empty(), List.of(), me, ed);
        Vote proposal = Vote.sign(VoteKind.PROPOSAL, 4, 7, b4.hash(), -1, me, ed);
        Vote prevote = Vote.sign(VoteKind.PREVOTE, 4, 7, b4.hash(), -1, me, ed);
        Vote precommit = Vote.sign(VoteKind.PRECOMMIT, 4, 7, b4.hash(), -1, me, ed);
        Vote nil5 = Vote.sign(VoteKind.PREVOTE, 5, 9, Hash.ZERO, -1, me, ed);
        try (RocksLedgerStore s = new RocksLedgerStore(dir)) {
            s.journal().append(List.of(new ConsensusRecord.OwnProposal(proposal, b4)));
            s.journal().append(List.of(new ConsensusRecord.OwnVote(prevote)));
            s.journal().append(List.of(new ConsensusRecord.Lock(4, 7, b4), new ConsensusRecord.OwnVote(precommit)));
        }
        try (RocksLedgerStore s = new RocksLedgerStore(dir)) {
            assertThat(s.journal().load(4)).containsExactly(new ConsensusRecord.OwnProposal(proposal, b4),
                    new ConsensusRecord.OwnVote(prevote), new ConsensusRecord.Lock(4, 7, b4),
                    new ConsensusRecord.OwnVote(precommit));
            // a later life appends after, never over, what an earlier life wrote
            s.journal().append(List.of(new ConsensusRecord.OwnVote(nil5)));
            assertThat(s.journal().load(4)).hasSize(4);
            s.journal().discardBelow(5);
            assertThat(s.journal().load(4)).isEmpty();
            assertThat(s.journal().load(5)).containsExactly(new ConsensusRecord.OwnVote(nil5));
        }
        try (RocksLedgerStore s = new RocksLedgerStore(dir)) {
            s.journal().append(List.of(new ConsensusRecord.Lock(5, 9, b5)));
            assertThat(s.journal().load(5)).containsExactly(new ConsensusRecord.OwnVote(nil5), new ConsensusRecord.Lock(5, 9, b5));
        }
    }
}
