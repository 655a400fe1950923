package io.aigcnet.layer2.cost;

import io.aigcnet.chain.cost.CpuOps;
import io.aigcnet.chain.crypto.Address;
import io.aigcnet.chain.crypto.Hash;
import io.aigcnet.chain.crypto.KeyPair;
import io.aigcnet.chain.crypto.Sha256;
import io.aigcnet.chain.crypto.Signature;
import io.aigcnet.chain.crypto.SignatureScheme;
import io.aigcnet.chain.state.LedgerState;
import io.aigcnet.chain.tx.RollupBlock;
import io.aigcnet.chain.tx.RollupPayload;
import io.aigcnet.chain.tx.Transaction;
import io.aigcnet.chain.tx.TxType;
import io.aigcnet.chain.validation.Rules;
import io.aigcnet.chain.validation.TxRule;
import io.aigcnet.core.runtime.sim.CostTable;
import io.aigcnet.layer2.channel.ChannelState;
import io.aigcnet.layer2.channel.PendingSwap;
import io.aigcnet.layer2.channel.Transfer;
import io.aigcnet.layer2.channel.TransferCommitment;
import io.aigcnet.layer2.rollup.Opinions;
import io.aigcnet.layer2.rollup.ReputationLeaf;
import io.aigcnet.layer2.rollup.ReputationState;
import io.aigcnet.layer2.rollup.ReputationTree;
import io.aigcnet.layer2.rollup.RollupConfig;
import io.aigcnet.layer2.rollup.RollupMode;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Measures the CPU time of every operation the simulated layer-2 experiments charge, on the real code of
 * this build: Ed25519 (BouncyCastle), SHA-256 (JDK), the chain's execution rules, the RCO's MWSL execution,
 * the Reputation Tree, the roll-up block encoding and the channel state digest. Each figure is the median
 * over {@code batches} batches of this thread's CPU time per operation (thread CPU time, not wall time, so a
 * busy shared machine inflates it less), after a warm-up batch for the JIT. Benchmark timing is the point. // ambient-ok
 */
public final class Calibration {
    private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();

    private final int batches;
    private final double scale;

    /** @param scale 1 = full batches (about 10 s in all); smaller for a fast check (tests) */
    public Calibration(int batches, double scale) {
        if (batches < 1 || !(scale > 0) || scale > 1) {
            throw new IllegalArgumentException("batches must be >= 1 and scale in (0, 1]");
        }
        this.batches = batches;
        this.scale = scale;
    }

    public CostTable measure(String command, String machine) {
        Map<String, Long> m = new LinkedHashMap<>();
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(7);
        SignatureScheme ed = SignatureScheme.ed25519();
        KeyPair kp = KeyPair.generate(rng);
        byte[] digest = Sha256.hash(new byte[] {1, 2, 3}).toBytes();
        Signature sig = ed.sign(kp, digest);
        int n = n(2000);
        m.put(CpuOps.SIGN, perOp(n, i -> ed.sign(kp, digest)));
        m.put(CpuOps.VERIFY, perOp(n, i -> {
            if (!ed.verify(kp.address(), digest, sig)) {
                throw new IllegalStateException("calibration signature does not verify");
            }
        }));
        byte[] body = new byte[173]; // the real encoded size of a transfer transaction
        rng.nextBytes(body);
        m.put(CpuOps.HASH, perOp(n(200_000), i -> {
            body[0] = (byte) i;
            Sha256.hash(body);
        }));
        m.put(CpuOps.BLOCK_EXEC_TX, blockExec(rng));
        long[] rep = reputation(rng);
        m.put(Layer2Ops.OPINION_APPLY, rep[0]);
        m.put(Layer2Ops.TREE_UPDATE_LEAF, rep[1]);
        m.put(Layer2Ops.ROLLUP_BUILD_OPINION, rollupBuild(rng));
        long[] ch = channel(rng);
        m.put(Layer2Ops.CHANNEL_UPDATE, ch[0]);
        m.put(Layer2Ops.CHANNEL_STATE_TRANSFER, ch[1]);
        return new CostTable(m, command, machine);
    }

    private int n(int full) {
        return Math.max(10, (int) (full * scale));
    }

    @FunctionalInterface
    interface Op {
        void run(int i);
    }

    /** Median over batches of CPU ns per op (one warm-up batch first). */
    private long perOp(int n, Op op) {
        for (int i = 0; i < n; i++) {
            op.run(i);
        }
        long[] v = new long[batches];
        for (int b = 0; b < batches; b++) {
            long c0 = MX.getCurrentThreadCpuTime();
            for (int i = 0; i < n; i++) {
                op.run(i);
            }
            v[b] = (MX.getCurrentThreadCpuTime() - c0) / n;
        }
        Arrays.sort(v);
        return Math.max(1, v[batches / 2]);
    }

    /** One transfer executed against the ledger state: the execution rule and the state update, as a validator does. */
    private long blockExec(UniformRandomProvider rng) {
        SignatureScheme sch = io.aigcnet.chain.crypto.ModelledSignatures.INSTANCE;
        int accounts = 1000;
        List<KeyPair> ks = new ArrayList<>();
        LedgerState state = new LedgerState();
        for (int i = 0; i < accounts; i++) {
            ks.add(KeyPair.generate(rng));
            state.credit(ks.get(i).address(), Long.MAX_VALUE / 4 / accounts);
        }
        int n = n(100_000);
        List<Transaction> txs = new ArrayList<>(2 * n);
        long[] nonce = new long[accounts];
        for (int i = 0; i < 2 * n + n; i++) {
            int a = rng.nextInt(accounts);
            int b = rng.nextInt(accounts);
            txs.add(Transaction.sign(TxType.TRANSFER, ks.get(a), ks.get(b).address(), ++nonce[a], 10, 1, new byte[0], sch));
        }
        TxRule exec = Rules.execution();
        LedgerState overlay = state.overlay();
        Address producer = ks.get(0).address();
        int[] k = {0};
        return perOp(n / Math.max(1, batches), i -> {
            Transaction tx = txs.get(k[0]++ % txs.size());
            if (exec.check(tx, overlay).ok()) {
                overlay.apply(tx, producer);
            }
        });
    }

    /** [per opinion executed, per tree leaf rebuilt], from 500-opinion blocks with 8 and with 2000 MASPs. */
    private long[] reputation(UniformRandomProvider rng) {
        long leaf = treeLeaf(rng, 2000);
        RollupConfig cfg = RollupConfig.defaults(RollupMode.FULL);
        SignatureScheme sch = io.aigcnet.chain.crypto.ModelledSignatures.INSTANCE;
        int masps = 8;
        List<Address> ms = new ArrayList<>();
        for (int i = 0; i < masps; i++) {
            ms.add(KeyPair.generate(rng).address());
        }
        List<KeyPair> clients = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            clients.add(KeyPair.generate(rng));
        }
        ReputationState st = new ReputationState(ms, cfg.mwsl(), cfg.leafSensitivity(), 2000);
        long[][] counts = new long[clients.size()][masps];
        int blocks = Math.max(3, (int) (40 * scale));
        long[] t = new long[blocks];
        int seq = 0;
        for (int b = 0; b < blocks; b++) {
            List<Transaction> block = new ArrayList<>(500);
            for (int i = 0; i < 500; i++) {
                int c = rng.nextInt(clients.size());
                int j = rng.nextInt(masps);
                counts[c][j]++;
                block.add(Opinions.signed(clients.get(c), ms.get(j), seq++, counts[c][j], 0, 20,
                        Sha256.hash(new byte[] {(byte) i}), sch));
            }
            long c0 = MX.getCurrentThreadCpuTime();
            if (!st.applyTentative(block).valid()) {
                throw new IllegalStateException("calibration block not executable");
            }
            st.commit();
            t[b] = MX.getCurrentThreadCpuTime() - c0;
        }
        long[] warm = Arrays.copyOfRange(t, 1, blocks); // the first block warms the JIT
        Arrays.sort(warm);
        long perBlock = warm[warm.length / 2];
        long apply = Math.max(1, (perBlock - masps * leaf) / 500);
        return new long[] {apply, leaf};
    }

    /** Per MASP leaf: its neutral-viewer reputation, leaf hash and share of the Merkle tree. */
    private long treeLeaf(UniformRandomProvider rng, int masps) {
        RollupConfig cfg = RollupConfig.defaults(RollupMode.FULL);
        SignatureScheme sch = io.aigcnet.chain.crypto.ModelledSignatures.INSTANCE;
        List<Address> ms = new ArrayList<>();
        for (int i = 0; i < masps; i++) {
            ms.add(KeyPair.generate(rng).address());
        }
        List<KeyPair> clients = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            clients.add(KeyPair.generate(rng));
        }
        ReputationState st = new ReputationState(ms, cfg.mwsl(), cfg.leafSensitivity(), 1000);
        long[][] counts = new long[clients.size()][masps];
        List<Transaction> block = new ArrayList<>();
        for (int i = 0; i < 3 * masps; i++) {
            int c = rng.nextInt(clients.size());
            int j = rng.nextInt(masps);
            counts[c][j]++;
            block.add(Opinions.signed(clients.get(c), ms.get(j), i, counts[c][j], 0, 20, Sha256.hash(new byte[] {1}), sch));
            if (block.size() == 500) {
                st.applyTentative(block);
                st.commit();
                block.clear();
            }
        }
        long perTree = perOp(Math.max(2, (int) (10 * scale)), i -> {
            List<ReputationLeaf> leaves = new ArrayList<>(ms.size());
            for (Address a : ms) {
                leaves.add(new ReputationLeaf(a, Math.round(st.leafReputation(a) * 1e9)));
            }
            new ReputationTree(leaves);
        });
        return Math.max(1, perTree / masps);
    }

    /** Per opinion: its id in a 500-entry roll-up block and the payload encoding (the signature is charged apart). */
    private long rollupBuild(UniformRandomProvider rng) {
        List<Hash> ids = new ArrayList<>(500);
        for (int i = 0; i < 500; i++) {
            byte[] b = new byte[32];
            rng.nextBytes(b);
            ids.add(Sha256.hash(b));
        }
        Hash root = ids.get(0);
        long perBlock = perOp(n(2000), i -> new RollupPayload.Full(new RollupBlock(i + 1, ids, root)).encode());
        return Math.max(1, perBlock / 500);
    }

    /** [fixed part of a state update, extra per listed transfer], from states with 1 and 1000 transfers. */
    /**
     * A completed state built from its lock state (the commitment append: the new leaf's hash) and its digest:
     * with 1 transfer after the step (1 frontier hash) and with 1023 (10 frontier hashes); the difference per
     * extra frontier hash is the variable part. Neither append merges subtrees; merges average one SHA-256 of
     * 65 bytes per transfer, well under the fixed part, and are not priced separately.
     */
    private long[] channel(UniformRandomProvider rng) {
        Hash id = Sha256.hash(new byte[] {9});
        List<Transfer> many = new ArrayList<>();
        for (int i = 0; i < 1023; i++) {
            byte[] b = new byte[32];
            rng.nextBytes(b);
            many.add(new Transfer(Sha256.hash(b), 1));
        }
        PendingSwap swap = new PendingSwap(Sha256.hash(new byte[] {8}), many.get(0), 1);
        ChannelState before1 = new ChannelState(id, 1, 10_000, 0, TransferCommitment.EMPTY, Optional.of(swap));
        ChannelState before1023 = new ChannelState(id, 1, 10_000, 1022, TransferCommitment.of(many.subList(1, 1023)),
                Optional.of(swap));
        long small = perOp(n(50_000), i -> before1.complete(i + 2).digest());
        long big = perOp(n(50_000), i -> before1023.complete(i + 2).digest());
        return new long[] {small, Math.max(1, (big - small) / 9)};
    }
}
