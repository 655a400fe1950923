package io.aigcnet.layer2.channel;

import static org.assertj.core.api.Assertions.assertThat;

import io.aigcnet.chain.codec.ByteReader;
import io.aigcnet.chain.codec.DecodeException;
import io.aigcnet.chain.crypto.Hash;
import io.aigcnet.chain.crypto.KeyPair;
import io.aigcnet.chain.crypto.Sha256;
import io.aigcnet.chain.crypto.SignatureScheme;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class EvidenceRulesTest {
    static final SignatureScheme ED = SignatureScheme.ed25519();
    final KeyPair client = KeyPair.generate(RandomSource.XO_RO_SHI_RO_128_PP.create(1));
    final KeyPair masp = KeyPair.generate(RandomSource.XO_RO_SHI_RO_128_PP.create(2));
    final KeyPair mallory = KeyPair.generate(RandomSource.XO_RO_SHI_RO_128_PP.create(3));
    final ChannelParams params = new ChannelParams(client.address(), masp.address(), 1_000, 1, ChannelTimers.defaults());

    SignedState both(ChannelState s) {
        byte[] d = s.digest().toBytes();
        return new SignedState(s, ED.sign(client, d), ED.sign(masp, d));
    }

    Transfer transfer(int i, long fee) {
        return new Transfer(Sha256.hash(new byte[] {(byte) i}), fee);
    }

    List<SignedState> history(int rounds) {
        List<SignedState> h = new ArrayList<>();
        ChannelState s = ChannelState.genesis(params.channelId(), 1_000);
        h.add(both(s));
        for (int i = 0; i < rounds; i++) {
            ChannelState lock = s.lock(s.seq() + 1, new PendingSwap(Sha256.hash(new byte[] {9, (byte) i}), transfer(i, 100), 10));
            s = lock.complete(lock.seq() + 1);
            h.add(both(s));
        }
        return h;
    }

    ChannelEvidence latest(List<SignedState> h, Optional<byte[]> r) {
        return new ChannelEvidence(h.get(h.size() - 1), r);
    }

    @Test
    void latestDoubleSignedStatePassesAndBalanceIsDepositMinusSumOfFees() {
        List<SignedState> h = history(3);
        assertThat(EvidenceRules.check(params, latest(h, Optional.empty()), ED).valid()).isTrue();
        ChannelState last = h.get(3).state();
        assertThat(last.balance()).isEqualTo(1_000 - 3 * 100); // hand computation
        assertThat(last.paid()).isEqualTo(300);
        assertThat(last.transferCount()).isEqualTo(3);
        assertThat(last.seq()).isEqualTo(6); // lock + complete per round
        // the commitment is the Merkle root over the three (H(P_i), f_i) leaves, built here in one go
        assertThat(last.ownershipRoot()).isEqualTo(io.aigcnet.layer2.rollup.MerkleTree.root(
                List.of(transfer(0, 100), transfer(1, 100), transfer(2, 100)).stream().map(TransferCommitment::leaf).toList()));
    }

    @Test
    void forgedCounterSignatureIsRejected() {
        List<SignedState> h = history(2);
        ChannelState s = h.get(2).state();
        SignedState forged = new SignedState(s, h.get(2).clientSig(), ED.sign(mallory, s.digest().toBytes()));
        Verdict v = EvidenceRules.check(params, new ChannelEvidence(forged, Optional.empty()), ED);
        assertThat(v.valid()).isFalse();
        assertThat(v.reason()).contains("not signed by both");
        // a client alone cannot raise what it is owed either: its own signature on a better state is not enough
        ChannelState better = new ChannelState(params.channelId(), 9, 1_000, 100, TransferCommitment.EMPTY.append(transfer(1, 100)),
                Optional.empty());
        SignedState oneSided = new SignedState(better, ED.sign(client, better.digest().toBytes()),
                ED.sign(client, better.digest().toBytes()));
        assertThat(EvidenceRules.check(params, new ChannelEvidence(oneSided, Optional.empty()), ED).valid()).isFalse();
    }

    @Test
    void stateOfAnotherChannelOrAForgedGenesisIsRejected() {
        ChannelParams other = new ChannelParams(client.address(), masp.address(), 1_000, 2, ChannelTimers.defaults());
        List<SignedState> h = history(1);
        assertThat(EvidenceRules.check(other, latest(h, Optional.empty()), ED).reason()).contains("another channel");
        // a seq-0 state that is not [deposit, {}] even with both signatures (the parties never sign one)
        ChannelState fakeGenesis = new ChannelState(params.channelId(), 0, 1_000, 100,
                TransferCommitment.EMPTY.append(transfer(1, 100)), Optional.empty());
        assertThat(EvidenceRules.check(params, new ChannelEvidence(both(fakeGenesis), Optional.empty()), ED).reason())
                .contains("genesis");
    }

    @Test
    void aLaterDoubleSignedStateWinsWhicheverOrderTheyArrive() {
        for (boolean staleFirst : new boolean[] {true, false}) {
            TransferChannelContract c = new TransferChannelContract(ED);
            c.credit(client.address(), 5_000);
            List<SignedState> h = history(3);
            c.execute(new ChannelTx.Establish(masp.address(), 0, params, h.get(0)), 0);
            ChannelTx.Close stale = new ChannelTx.Close(masp.address(), 0, params.channelId(), new ChannelEvidence(h.get(1), Optional.empty()));
            ChannelTx.Close fresh = new ChannelTx.Close(client.address(), 0, params.channelId(), new ChannelEvidence(h.get(3), Optional.empty()));
            c.execute(staleFirst ? stale : fresh, 10);
            List<ChannelEvent> ev = c.execute(staleFirst ? fresh : stale, 20);
            ChannelEvent.Settled s = (ChannelEvent.Settled) ev.get(ev.size() - 1);
            assertThat(s.finalSeq()).as("stale first: %s", staleFirst).isEqualTo(6);
            assertThat(s.paid()).isEqualTo(300);
            assertThat(s.transfers()).isEqualTo(3);
        }
    }

    @Test
    void contractSettlesLatestStateAndExecutesRevealedLock() {
        TransferChannelContract c = new TransferChannelContract(ED);
        c.credit(client.address(), 5_000);
        c.credit(masp.address(), 100);
        List<SignedState> h = history(2);
        c.execute(new ChannelTx.Establish(masp.address(), 3, params, h.get(0)), 0);
        assertThat(c.isOpen(params.channelId())).isTrue();
        byte[] r = new byte[32];
        r[0] = 42;
        ChannelState last = h.get(2).state();
        ChannelState lock = last.lock(last.seq() + 1, new PendingSwap(Sha256.hash(r), transfer(7, 50), 1_000));
        // stale close by the client on genesis, then the MASP's latest (lock + R revealed in time)
        c.execute(new ChannelTx.Close(client.address(), 0, params.channelId(), new ChannelEvidence(h.get(0), Optional.empty())), 10);
        List<ChannelEvent> ev = c.execute(new ChannelTx.Close(masp.address(), 0, params.channelId(),
                new ChannelEvidence(both(lock), Optional.of(r))), 20);
        ChannelEvent.Settled s = (ChannelEvent.Settled) ev.get(ev.size() - 1);
        assertThat(s.paid()).isEqualTo(250); // 100 + 100 + 50
        assertThat(s.pendingSwapExecuted()).isTrue();
        assertThat(s.transfers()).isEqualTo(3);
        assertThat(c.balance(client.address())).isEqualTo(5_000 - 250);
        assertThat(c.balance(masp.address())).isEqualTo(100 - 3 + 250);
        List<Transfer> bought = List.of(transfer(0, 100), transfer(1, 100), transfer(7, 50));
        for (int i = 0; i < bought.size(); i++) {
            assertThat(c.ownerOf(params.channelId(), bought.get(i), TransferCommitment.proof(bought, i))).contains(client.address());
        }
        // the proof binds the fee too: the same output at another price is not owned
        assertThat(c.ownerOf(params.channelId(), transfer(7, 49), TransferCommitment.proof(bought, 2))).isEmpty();
        assertThat(c.totalSupply()).isEqualTo(5_100);
    }

    @Test
    void lateRevealRefundsBothLegs() {
        TransferChannelContract c = new TransferChannelContract(ED);
        c.credit(client.address(), 5_000);
        List<SignedState> h = history(0);
        c.execute(new ChannelTx.Establish(masp.address(), 0, params, h.get(0)), 0);
        byte[] r = new byte[32];
        ChannelState lock = h.get(0).state().lock(1, new PendingSwap(Sha256.hash(r), transfer(1, 70), 100));
        c.execute(new ChannelTx.Close(client.address(), 0, params.channelId(), new ChannelEvidence(both(lock), Optional.of(r))), 101);
        List<ChannelEvent> out = c.onBlock(101 + params.timers().challengeNanos());
        ChannelEvent.Settled s = (ChannelEvent.Settled) out.get(0);
        assertThat(s.pendingSwapExecuted()).isFalse();
        assertThat(s.paid()).isZero();
        assertThat(s.transfers()).isZero();
        assertThat(c.ownerOf(params.channelId(), transfer(1, 70), List.of())).isEmpty();
        assertThat(c.balance(client.address())).isEqualTo(5_000);
    }

    @Test
    void encodingsRoundTripAndTheEvidenceSizeDoesNotGrowWithTransfers() throws DecodeException {
        ChannelEvidence e = new ChannelEvidence(history(2).get(2), Optional.of(new byte[32]));
        ChannelEvidence back = ChannelEvidence.decode(new ByteReader(e.encode()));
        assertThat(back.latest()).isEqualTo(e.latest());
        assertThat(back.preimage().orElseThrow()).isEqualTo(new byte[32]);
        assertThat(ChannelParams.decode(new ByteReader(params.encode()))).isEqualTo(params);
        // 2^k - 1 transfers give the largest frontier below 2^k: k hashes of 32 bytes; nothing else grows
        ChannelState big = new ChannelState(params.channelId(), 2_001, 1L << 40, 1023, TransferCommitment.of(
                java.util.stream.IntStream.range(0, 1023).mapToObj(i -> transfer(i, 1)).toList()), Optional.empty());
        int one = new ChannelEvidence(history(1).get(1), Optional.empty()).encode().length;
        int many = new ChannelEvidence(both(big), Optional.empty()).encode().length;
        assertThat(many - one).isEqualTo(9 * 32); // 10 frontier hashes against 1
    }

    @Property(tries = 500)
    void decodersRejectJunkWithDecodeExceptionOnly(@ForAll byte[] junk) {
        for (int k = 0; k < 3; k++) {
            try {
                switch (k) {
                    case 0 -> ChannelState.decode(new ByteReader(junk));
                    case 1 -> ChannelEvidence.decode(new ByteReader(junk));
                    default -> ChannelParams.decode(new ByteReader(junk));
                }
            } catch (DecodeException expected) {
                // malformed input is reported with the field name
            }
        }
    }

    @Test
    void hashOfPreimageIsSha256() {
        Hash h = Sha256.hash(new byte[32]);
        // SHA-256 of 32 zero bytes (NIST-style vector, computed with `head -c 32 /dev/zero | sha256sum`)
        assertThat(h.hex()).isEqualTo("66687aadf862bd776c8fc18b8e9f8e20089714856ee233b3902a591d0d5f2925");
    }
}
