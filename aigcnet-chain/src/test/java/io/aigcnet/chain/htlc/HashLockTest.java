package io.aigcnet.chain.htlc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aigcnet.chain.codec.ByteReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class HashLockTest {
    @Test
    void lockIsTheSha256OfThePreimage() throws Exception {
        byte[] r = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
        byte[] expected = MessageDigest.getInstance("SHA-256").digest(r); // independent: the JDK digest
        assertThat(HashLock.lockOf(r).toBytes()).isEqualTo(expected);
        // FIPS 180-2 test vector "abc", checks the hash itself and not only agreement with the JDK
        assertThat(HexFormat.of().formatHex(HashLock.lockOf("abc".getBytes(StandardCharsets.US_ASCII)).toBytes()))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void onlyTheExactPreimageOpensTheLock() {
        var rng = RandomSource.SPLIT_MIX_64.create(7L);
        byte[] r = HashLock.newPreimage(rng);
        HashLock lock = new HashLock(HashLock.lockOf(r), 1_000);
        assertThat(lock.opens(r)).isTrue();
        byte[] flipped = r.clone();
        flipped[0] ^= 1;
        assertThat(lock.opens(flipped)).isFalse();
        assertThat(lock.opens(null)).isFalse();
        assertThat(lock.opens(java.util.Arrays.copyOf(r, 31))).isFalse();
        assertThat(lock.opens(java.util.Arrays.copyOf(r, 33))).isFalse();
    }

    @Test
    void deadlineIsInclusiveForClaimsAndStrictForRefunds() {
        HashLock lock = new HashLock(HashLock.lockOf(new byte[32]), 1_000);
        assertThat(lock.claimableAt(1_000)).isTrue();
        assertThat(lock.refundableAt(1_000)).isFalse();
        assertThat(lock.claimableAt(1_001)).isFalse();
        assertThat(lock.refundableAt(1_001)).isTrue();
        assertThatThrownBy(() -> new HashLock(lock.lockHash(), -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void roundTripsThroughTheCanonicalCodec() throws Exception {
        HashLock lock = new HashLock(HashLock.lockOf(new byte[32]), 123_456_789L);
        ByteReader in = new ByteReader(lock.encode());
        assertThat(HashLock.decode(in)).isEqualTo(lock);
        in.expectEnd();
    }
}
