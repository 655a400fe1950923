package io.aigcnet.chain.storage;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The storage chain seen from a client of it (the anchor chain, a MASP, an RCO): put content,
 * get a receipt, fetch by key. Content is cut into {@code chunkSize} pieces; each chunk and the
 * manifest go to the first {@code replication} live nodes of the placement ranking. Reads probe
 * replicas in ranking order and accept only bytes whose SHA-256 matches, then check the SHA-256
 * of the reassembled whole, so corrupt or lost replicas are skipped as long as one good copy
 * survives. There is no ledger: the receipt's key is the only proof needed.
 */
public final class StorageChain {
    /** 256 KiB, IPFS's default chunk size. */
    public static final int DEFAULT_CHUNK_SIZE = 256 * 1024;

    private final List<StorageNode> nodes;
    private final int replication;
    private final int chunkSize;
    private final ReplicaPlacement placement;
    private final AtomicLong corruptReplicasSeen = new AtomicLong();

    public StorageChain(List<StorageNode> nodes, int replication, int chunkSize, ReplicaPlacement placement) {
        if (nodes.isEmpty()) {
            throw new IllegalArgumentException("storage chain needs at least one node");
        }
        if (replication < 1 || replication > nodes.size()) {
            throw new IllegalArgumentException("replication must be in [1, " + nodes.size() + "], got " + replication);
        }
        if (chunkSize < 1) {
            throw new IllegalArgumentException("chunkSize must be >= 1, got " + chunkSize);
        }
        long distinct = nodes.stream().map(StorageNode::id).distinct().count();
        if (distinct != nodes.size()) {
            throw new IllegalArgumentException("storage node ids must be unique");
        }
        this.nodes = List.copyOf(nodes);
        this.replication = replication;
        this.chunkSize = chunkSize;
        this.placement = placement;
    }

    /** {@code n} in-memory nodes named {@code storage-0..n-1}, rendezvous placement. */
    public static StorageChain inMemory(int n, int replication, int chunkSize) {
        List<StorageNode> ns = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ns.add(StorageNode.inMemory("storage-" + i));
        }
        return new StorageChain(ns, replication, chunkSize, new RendezvousPlacement());
    }

    public List<StorageNode> nodes() {
        return nodes;
    }

    public int replication() {
        return replication;
    }

    /** Stores {@code content}; fails if fewer than {@code replication} nodes are up. */
    public StorageReceipt put(byte[] content) {
        List<StorageNode> live = liveNodes();
        if (live.size() < replication) {
            throw new IllegalStateException("storage chain: " + live.size() + " live nodes, replication "
                    + replication + " needs at least that many");
        }
        List<ContentKey> chunkKeys = new ArrayList<>();
        for (int off = 0; off < content.length; off += chunkSize) {
            int len = Math.min(chunkSize, content.length - off);
            byte[] chunk = Arrays.copyOfRange(content, off, off + len);
            ContentKey ck = ContentKey.ofContent(chunk);
            chunkKeys.add(ck);
            for (StorageNode n : placement.rank(ck, live).subList(0, replication)) {
                n.putChunk(ck, chunk);
            }
        }
        ContentKey key = ContentKey.ofContent(content);
        Manifest m = new Manifest(key, content.length, chunkSize, chunkKeys);
        List<String> holders = new ArrayList<>();
        for (StorageNode n : placement.rank(key, live).subList(0, replication)) {
            n.putManifest(m);
            holders.add(n.id());
        }
        return new StorageReceipt(key, content.length, chunkSize, chunkKeys.size(), replication, holders);
    }

    /** Fetches and verifies the content with key {@code key}. */
    public byte[] get(ContentKey key) {
        Manifest m = manifest(key).orElseThrow(() -> new ContentUnavailableException(key, "no live node holds a valid manifest"));
        MessageDigest whole = Digests.newSha256();
        byte[] out = new byte[Math.toIntExact(m.size())];
        for (int i = 0; i < m.chunks().size(); i++) {
            byte[] chunk = chunk(m.chunks().get(i))
                    .orElseThrow(() -> new ContentUnavailableException(key, "every replica of a chunk is lost or corrupt"));
            if (chunk.length != m.chunkLength(i)) {
                throw new ContentUnavailableException(key, "chunk " + i + " has the wrong length");
            }
            System.arraycopy(chunk, 0, out, i * m.chunkSize(), chunk.length);
            whole.update(chunk);
        }
        if (!Arrays.equals(whole.digest(), key.bytes())) {
            throw new ContentUnavailableException(key, "reassembled content does not hash to its key");
        }
        return out;
    }

    /** The receipt for stored content, rebuilt from a verified manifest; empty if unknown. */
    public Optional<StorageReceipt> receipt(ContentKey key) {
        return manifest(key).map(m -> new StorageReceipt(key, m.size(), m.chunkSize(), m.chunks().size(),
                replication, placement.rank(key, liveNodes()).stream()
                        .filter(n -> n.getManifest(key).isPresent()).map(StorageNode::id).toList()));
    }

    /**
     * Restores the replication factor after node loss: every chunk and manifest reachable through
     * a verified copy is written to those of its first {@code replication} live ranked nodes that
     * lack it. Returns the number of copies written.
     */
    public int repair(ContentKey key) {
        Manifest m = manifest(key).orElseThrow(() -> new ContentUnavailableException(key, "no valid manifest to repair from"));
        List<StorageNode> live = liveNodes();
        int target = Math.min(replication, live.size());
        int written = 0;
        for (ContentKey ck : m.chunks()) {
            byte[] chunk = chunk(ck).orElseThrow(() -> new ContentUnavailableException(key, "chunk lost on every replica"));
            for (StorageNode n : placement.rank(ck, live).subList(0, target)) {
                if (!verified(n.getChunk(ck), ck)) {
                    n.putChunk(ck, chunk);
                    written++;
                }
            }
        }
        for (StorageNode n : placement.rank(key, live).subList(0, target)) {
            boolean good = n.getManifest(key).map(b -> decodes(b, key)).orElse(false);
            if (!good) {
                n.putManifest(m);
                written++;
            }
        }
        return written;
    }

    /** Replicas that failed verification on read so far (corruption detected and skipped). */
    public long corruptReplicasSeen() {
        return corruptReplicasSeen.get();
    }

    public long bytesStored() {
        return nodes.stream().mapToLong(StorageNode::bytesStored).sum();
    }

    private Optional<Manifest> manifest(ContentKey key) {
        for (StorageNode n : placement.rank(key, liveNodes())) {
            Optional<byte[]> raw = n.getManifest(key);
            if (raw.isEmpty()) {
                continue;
            }
            try {
                Manifest m = Manifest.decode(raw.get());
                if (m.contentKey().equals(key)) {
                    return Optional.of(m);
                }
            } catch (IllegalArgumentException malformed) {
                // fall through: a corrupt manifest counts like a corrupt chunk
            }
            corruptReplicasSeen.incrementAndGet();
        }
        return Optional.empty();
    }

    private Optional<byte[]> chunk(ContentKey ck) {
        for (StorageNode n : placement.rank(ck, liveNodes())) {
            Optional<byte[]> raw = n.getChunk(ck);
            if (raw.isEmpty()) {
                continue;
            }
            if (verified(raw, ck)) {
                return raw;
            }
            corruptReplicasSeen.incrementAndGet();
        }
        return Optional.empty();
    }

    private static boolean verified(Optional<byte[]> raw, ContentKey ck) {
        return raw.isPresent() && ContentKey.ofContent(raw.get()).equals(ck);
    }

    private static boolean decodes(byte[] raw, ContentKey key) {
        try {
            return Manifest.decode(raw).contentKey().equals(key);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private List<StorageNode> liveNodes() {
        return nodes.stream().filter(StorageNode::isUp).toList();
    }
}
