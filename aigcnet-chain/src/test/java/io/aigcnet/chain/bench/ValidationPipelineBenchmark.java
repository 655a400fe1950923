package io.aigcnet.chain.bench;

import io.aigcnet.chain.block.Block;
import io.aigcnet.chain.block.CommitCertificate;
import io.aigcnet.chain.codec.ByteReader;
import io.aigcnet.chain.codec.DecodeException;
import io.aigcnet.chain.crypto.Hash;
import io.aigcnet.chain.crypto.KeyPair;
import io.aigcnet.chain.crypto.SignatureScheme;
import io.aigcnet.chain.pool.FeePriorityPool;
import io.aigcnet.chain.state.LedgerState;
import io.aigcnet.chain.store.RocksLedgerStore;
import io.aigcnet.chain.tx.Transaction;
import io.aigcnet.chain.validation.Rules;
import io.aigcnet.chain.validation.TxRule;
import io.aigcnet.chain.workload.ChiSquaredFees;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One node's validation pipeline per transaction — decode, admission (fee, payload, nonce, Ed25519
 * signature), fee-pool insert, block execution (nonce window + balance + apply), persist (RocksDB, one
 * synced batch per 2000-tx block) — next to the raw Ed25519 verification rate, single-threaded.
 * Run: see docs/performance.md ("Anchor chain").
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ValidationPipelineBenchmark {
    static final int BLOCK = 2000;
    static final int BATCHES = 40;

    List<byte[]> encoded;
    List<Transaction> decodedForRaw;
    KeyPair producer;
    int next;
    int rawNext;
    LedgerState state;
    FeePriorityPool pool;
    TxRule admission;
    TxRule execution;
    RocksLedgerStore store;
    Path dir;
    Hash parent;
    long height;
    List<KeyPair> senders;

    @Setup(Level.Trial)
    public void generate() {
        UniformRandomProvider rng = RandomSource.SPLIT_MIX_64.create(1L);
        senders = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            senders.add(KeyPair.generate(rng));
        }
        producer = KeyPair.generate(rng);
        ChiSquaredFees fees = ChiSquaredFees.paper(rng);
        long[] nonces = new long[senders.size()];
        encoded = new ArrayList<>();
        decodedForRaw = new ArrayList<>();
        for (int i = 0; i < BLOCK * BATCHES; i++) {
            int s = i % senders.size();
            Transaction t = Transaction.transfer(senders.get(s), senders.get((s + 1) % senders.size()).address(), ++nonces[s],
                    fees.next(), 1, SignatureScheme.ed25519());
            encoded.add(t.encode());
            decodedForRaw.add(t);
        }
        admission = Rules.admission(SignatureScheme.ed25519(), 0);
        execution = Rules.execution();
    }

    @Setup(Level.Iteration)
    public void freshNode() throws Exception {
        state = new LedgerState();
        for (KeyPair k : senders) {
            state.credit(k.address(), Long.MAX_VALUE / 1024);
        }
        pool = new FeePriorityPool(1_000_000);
        dir = Files.createTempDirectory("aigcnet-jmh-ledger");
        store = new RocksLedgerStore(dir);
        parent = Hash.ZERO;
        height = 0;
        next = 0;
    }

    @TearDown(Level.Iteration)
    public void close() throws Exception {
        store.close();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** Raw Ed25519 verification of one transaction signature. */
    @Benchmark
    public boolean rawEd25519Verify() {
        Transaction t = decodedForRaw.get(rawNext++ % decodedForRaw.size());
        return t.verifySignature(SignatureScheme.ed25519());
    }

    /** The whole pipeline for one block of 2000 transactions; reported per transaction. */
    @Benchmark
    @OperationsPerInvocation(BLOCK)
    public long pipeline() throws DecodeException {
        if (next + BLOCK > encoded.size()) {
            // all batches used: start over on a fresh node (nonces would now be replays)
            try {
                close();
                freshNode();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        for (int i = 0; i < BLOCK; i++) {
            Transaction t = Transaction.decode(new ByteReader(encoded.get(next++)));
            if (admission.check(t, state).ok()) {
                pool.add(t);
            }
        }
        LedgerState overlay = state.overlay();
        List<Transaction> txs = new ArrayList<>(BLOCK);
        Iterator<Transaction> it = pool.inOrder();
        while (it.hasNext() && txs.size() < BLOCK) {
            Transaction t = it.next();
            if (execution.check(t, overlay).ok()) {
                overlay.apply(t, producer.address());
                txs.add(t);
            }
        }
        overlay.commitInto();
        txs.forEach(t -> pool.remove(t.id()));
        height++;
        Block b = Block.produce(height, height, parent, height, txs, Optional.empty(), List.of(), producer, SignatureScheme.ed25519());
        store.append(b, new CommitCertificate(height, height, b.hash(), List.of()));
        parent = b.hash();
        return txs.size();
    }
}
