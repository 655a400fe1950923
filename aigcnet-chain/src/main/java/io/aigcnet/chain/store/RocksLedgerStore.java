package io.aigcnet.chain.store;

import io.aigcnet.chain.block.Block;
import io.aigcnet.chain.block.CommitCertificate;
import io.aigcnet.chain.codec.ByteReader;
import io.aigcnet.chain.codec.ByteWriter;
import io.aigcnet.chain.codec.DecodeException;
import io.aigcnet.chain.crypto.Hash;
import io.aigcnet.chain.tx.Transaction;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.rocksdb.Options;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;
import org.rocksdb.RocksIterator;
import org.rocksdb.WriteBatch;
import org.rocksdb.WriteOptions;

/**
 * RocksDB ledger for live nodes. Keys: {@code 'b' + height} → block, {@code 'c' + height} → certificate,
 * {@code 't' + txId} → height, {@code 'm'} → (height, canonical bytes). One synced write batch per block,
 * so after {@code kill -9} the store holds exactly the blocks whose {@link #append} returned. The consensus
 * journal lives in the same database under {@code 'j' + height + seq}, each append one synced write.
 */
public final class RocksLedgerStore implements LedgerStore {
    static {
        RocksDB.loadLibrary();
    }

    private static final byte[] META = {'m'};

    private final Path dir;
    private final Options options;
    private final RocksDB db;
    private final WriteOptions sync = new WriteOptions().setSync(true);
    private long height;
    private long canonical;
    private long journalSeq;
    private final ConsensusJournal journal = new Journal();

    public RocksLedgerStore(Path dir) {
        this.dir = dir;
        try {
            Files.createDirectories(dir);
            this.options = new Options().setCreateIfMissing(true);
            this.db = RocksDB.open(options, dir.toString());
            byte[] meta = db.get(META);
            if (meta != null) {
                ByteReader r = new ByteReader(meta);
                height = r.u63("meta.height");
                canonical = r.u63("meta.canonical");
            }
            // the journal's next sequence number continues after whatever a previous life wrote
            try (RocksIterator it = db.newIterator()) {
                for (it.seek(new byte[] {'j'}); it.isValid() && it.key().length == 17 && it.key()[0] == 'j'; it.next()) {
                    ByteReader kr = new ByteReader(it.key());
                    kr.u8("key.kind");
                    kr.u63("key.height");
                    journalSeq = Math.max(journalSeq, kr.u63("key.seq") + 1);
                }
            }
        } catch (RocksDBException | DecodeException e) {
            throw new IllegalStateException("cannot open ledger store at " + dir + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create ledger directory " + dir, e);
        }
    }

    private static byte[] key(char kind, long height) {
        return new ByteWriter(9).u8(kind).i64(height).toByteArray();
    }

    @Override
    public synchronized void append(Block block, CommitCertificate certificate) {
        LedgerStore.checkNext(this, block);
        long newCanonical = canonical + block.canonicalSize();
        try (WriteBatch batch = new WriteBatch()) {
            batch.put(key('b', block.height()), block.encode());
            batch.put(key('c', block.height()), certificate.encode());
            byte[] h = new ByteWriter(8).i64(block.height()).toByteArray();
            for (Transaction t : block.txs()) {
                batch.put(new ByteWriter(33).u8('t').hash(t.id()).toByteArray(), h);
            }
            batch.put(META, new ByteWriter(16).i64(block.height()).i64(newCanonical).toByteArray());
            db.write(sync, batch);
        } catch (RocksDBException e) {
            throw new IllegalStateException("ledger write failed at height " + block.height() + ": " + e.getMessage(), e);
        }
        height = block.height();
        canonical = newCanonical;
    }

    @Override
    public synchronized long height() {
        return height;
    }

    @Override
    public synchronized Optional<StoredBlock> get(long h) {
        if (h < 1 || h > height) {
            return Optional.empty();
        }
        try {
            byte[] b = db.get(key('b', h));
            byte[] c = db.get(key('c', h));
            if (b == null || c == null) {
                throw new IllegalStateException("ledger store " + dir + " is missing height " + h);
            }
            return Optional.of(new StoredBlock(Block.decode(new ByteReader(b)), CommitCertificate.decode(new ByteReader(c))));
        } catch (RocksDBException | DecodeException e) {
            throw new IllegalStateException("ledger store " + dir + " is corrupt at height " + h + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized Optional<Long> heightOfTx(Hash txId) {
        try {
            byte[] v = db.get(new ByteWriter(33).u8('t').hash(txId).toByteArray());
            return v == null ? Optional.empty() : Optional.of(new ByteReader(v).u63("tx.height"));
        } catch (RocksDBException | DecodeException e) {
            throw new IllegalStateException("ledger store " + dir + ": tx index unreadable: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized long canonicalBytes() {
        return canonical;
    }

    /** Sum of the sizes of the files in the store directory (SST, WAL, manifest). */
    @Override
    public long diskBytes() {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0; // a file compaction removed under us
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public ConsensusJournal journal() {
        return journal;
    }

    private static byte[] journalKey(long height, long seq) {
        return new ByteWriter(17).u8('j').i64(height).i64(seq).toByteArray();
    }

    /** Journal records keyed by (height, sequence): a height's records are one contiguous, ordered range. */
    private final class Journal implements ConsensusJournal {
        @Override
        public void append(List<ConsensusRecord> records) {
            synchronized (RocksLedgerStore.this) {
                try (WriteBatch batch = new WriteBatch()) {
                    for (ConsensusRecord r : records) {
                        batch.put(journalKey(r.height(), journalSeq++), r.encode());
                    }
                    db.write(sync, batch);
                } catch (RocksDBException e) {
                    throw new IllegalStateException("consensus journal write failed in " + dir + ": " + e.getMessage(), e);
                }
            }
        }

        @Override
        public List<ConsensusRecord> load(long h) {
            synchronized (RocksLedgerStore.this) {
                List<ConsensusRecord> out = new ArrayList<>();
                try (RocksIterator it = db.newIterator()) {
                    for (it.seek(journalKey(h, 0)); it.isValid(); it.next()) {
                        byte[] k = it.key();
                        ByteReader kr = new ByteReader(k);
                        if (k.length != 17 || kr.u8("key.kind") != 'j' || kr.u63("key.height") != h) {
                            break;
                        }
                        journalSeq = Math.max(journalSeq, kr.u63("key.seq") + 1);
                        ByteReader in = new ByteReader(it.value());
                        out.add(ConsensusRecord.decode(in));
                        in.expectEnd();
                    }
                } catch (DecodeException e) {
                    throw new IllegalStateException("consensus journal in " + dir + " is corrupt at height " + h + ": "
                            + e.getMessage(), e);
                }
                return out;
            }
        }

        @Override
        public void discardBelow(long h) {
            synchronized (RocksLedgerStore.this) {
                try {
                    db.deleteRange(journalKey(0, 0), journalKey(h, 0));
                } catch (RocksDBException e) {
                    throw new IllegalStateException("consensus journal trim failed in " + dir + ": " + e.getMessage(), e);
                }
            }
        }
    }

    @Override
    public synchronized void close() {
        db.close();
        options.close();
        sync.close();
    }
}
