package io.aigcnet.chain.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class StorageChainTest {
    private static byte[] randomBytes(long seed, int n) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        byte[] b = new byte[n];
        rng.nextBytes(b);
        return b;
    }

    @Test
    void keyIsSha256OfWholeContentKnownVector() {
        // FIPS 180-2 test vector: SHA-256("abc")
        ContentKey k = ContentKey.ofContent("abc".getBytes(StandardCharsets.US_ASCII));
        assertThat(k.hex()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void putReturnsReceiptAndGetRoundTrips() throws Exception {
        StorageChain sc = StorageChain.inMemory(5, 3, 1000);
        byte[] content = randomBytes(1, 4321);
        StorageReceipt r = sc.put(content);
        // the receipt key is computed independently with the JDK digest over the whole content
        byte[] expected = MessageDigest.getInstance("SHA-256").digest(content);
        assertThat(r.contentKey().hex()).isEqualTo(HexFormat.of().formatHex(expected));
        assertThat(r.chunkCount()).isEqualTo(5); // ceil(4321 / 1000)
        assertThat(r.manifestNodes()).hasSize(3);
        assertThat(sc.get(r.contentKey())).isEqualTo(content);
        assertThat(sc.receipt(r.contentKey())).contains(r);
    }

    @Test
    void eachChunkIsStoredExactlyReplicationTimes() {
        StorageChain sc = StorageChain.inMemory(6, 3, 100);
        byte[] content = randomBytes(2, 1000);
        sc.put(content);
        for (int off = 0; off < 1000; off += 100) {
            ContentKey ck = ContentKey.ofContent(java.util.Arrays.copyOfRange(content, off, off + 100));
            long copies = sc.nodes().stream().filter(n -> n.hasChunk(ck)).count();
            assertThat(copies).isEqualTo(3);
        }
    }

    @Test
    void emptyAndExactMultipleSizes() {
        StorageChain sc = StorageChain.inMemory(3, 2, 10);
        for (int size : new int[] {0, 1, 10, 20, 21}) {
            byte[] c = randomBytes(size, size);
            StorageReceipt r = sc.put(c);
            assertThat(r.chunkCount()).isEqualTo((size + 9) / 10);
            assertThat(sc.get(r.contentKey())).isEqualTo(c);
        }
    }

    @Test
    void corruptedChunkIsDetectedAndSkipped() {
        StorageChain sc = StorageChain.inMemory(4, 2, 64);
        byte[] content = randomBytes(3, 300);
        StorageReceipt r = sc.put(content);
        ContentKey firstChunk = ContentKey.ofContent(java.util.Arrays.copyOfRange(content, 0, 64));
        StorageNode primary = new RendezvousPlacement().rank(firstChunk, sc.nodes()).get(0);
        byte[] bad = primary.rawChunks().get(firstChunk).orElseThrow();
        bad[7] ^= 0x01; // a single flipped bit
        primary.rawChunks().put(firstChunk, bad);

        assertThat(sc.get(r.contentKey())).isEqualTo(content);
        assertThat(sc.corruptReplicasSeen()).isEqualTo(1);
    }

    @Test
    void corruptionOnEveryReplicaIsReportedNotReturned() {
        StorageChain sc = StorageChain.inMemory(3, 2, 64);
        byte[] content = randomBytes(4, 100);
        StorageReceipt r = sc.put(content);
        ContentKey ck = ContentKey.ofContent(java.util.Arrays.copyOfRange(content, 64, 100));
        for (StorageNode n : sc.nodes()) {
            if (n.hasChunk(ck)) {
                n.rawChunks().put(ck, new byte[36]);
            }
        }
        assertThatThrownBy(() -> sc.get(r.contentKey())).isInstanceOf(ContentUnavailableException.class)
                .hasMessageContaining("corrupt");
        assertThat(sc.corruptReplicasSeen()).isEqualTo(2);
    }

    @Test
    void survivesLossOfReplicationMinusOneNodes() {
        StorageChain sc = StorageChain.inMemory(5, 3, 50);
        byte[] content = randomBytes(5, 2000);
        StorageReceipt r = sc.put(content);
        // take down any 2 of 5 nodes: with r = 3 every chunk keeps >= 1 replica
        for (int a = 0; a < 5; a++) {
            for (int b = a + 1; b < 5; b++) {
                sc.nodes().forEach(n -> n.setDown(false));
                sc.nodes().get(a).setDown(true);
                sc.nodes().get(b).setDown(true);
                assertThat(sc.get(r.contentKey())).as("nodes %d,%d down", a, b).isEqualTo(content);
            }
        }
    }

    @Test
    void losingAllReplicasMakesContentUnavailableAndRepairRestoresFactor() {
        StorageChain sc = StorageChain.inMemory(5, 2, 50);
        byte[] content = randomBytes(6, 500);
        StorageReceipt r = sc.put(content);
        List<StorageNode> holders = new RendezvousPlacement().rank(r.contentKey(), sc.nodes()).subList(0, 2);
        holders.forEach(n -> n.setDown(true));
        assertThatThrownBy(() -> sc.get(r.contentKey())).isInstanceOf(ContentUnavailableException.class);

        holders.get(0).setDown(false); // one holder comes back: repair re-replicates to live nodes
        int written = sc.repair(r.contentKey());
        assertThat(written).isPositive();
        holders.get(0).setDown(true);
        assertThat(sc.get(r.contentKey())).isEqualTo(content);
    }

    @Test
    void nodeRefusesMislabelledChunk() {
        StorageNode n = StorageNode.inMemory("x");
        ContentKey k = ContentKey.ofContent(new byte[] {1});
        assertThatThrownBy(() -> n.putChunk(k, new byte[] {2})).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void putFailsWithTooFewLiveNodes() {
        StorageChain sc = StorageChain.inMemory(3, 3, 10);
        sc.nodes().get(0).setDown(true);
        assertThatThrownBy(() -> sc.put(new byte[5])).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("replication 3");
    }

    @Test
    void invalidConstructionIsRejectedWithReason() {
        assertThatThrownBy(() -> StorageChain.inMemory(2, 3, 10)).hasMessageContaining("replication must be in [1, 2]");
        assertThatThrownBy(() -> ContentKey.parse("zz")).hasMessageContaining("64 hex digits");
    }
}
