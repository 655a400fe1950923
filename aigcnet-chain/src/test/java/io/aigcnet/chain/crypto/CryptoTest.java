package io.aigcnet.chain.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class CryptoTest {
    private static final HexFormat HEX = HexFormat.of();

    @Test
    void sha256MatchesFipsExample() {
        // FIPS 180-2 appendix B.1: SHA-256("abc")
        assertThat(Sha256.hash("abc".getBytes(StandardCharsets.US_ASCII)).hex())
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void ed25519MatchesRfc8032TestVector1() {
        // RFC 8032 section 7.1, TEST 1 (empty message)
        KeyPair kp = KeyPair.fromSeedHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
        assertThat(kp.address().hex())
                .isEqualTo("0xd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
        Signature sig = SignatureScheme.ed25519().sign(kp, new byte[0]);
        assertThat(sig.hex()).isEqualTo("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e06522490155"
                + "5fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b");
        assertThat(SignatureScheme.ed25519().verify(kp.address(), new byte[0], sig)).isTrue();
    }

    @Test
    void forgedOrTamperedSignaturesDoNotVerify() {
        var rng = RandomSource.SPLIT_MIX_64.create(7L);
        KeyPair alice = KeyPair.generate(rng);
        KeyPair mallory = KeyPair.generate(rng);
        byte[] msg = Sha256.hash(HEX.parseHex("0102")).toBytes();
        Signature sig = SignatureScheme.ed25519().sign(alice, msg);
        assertThat(SignatureScheme.ed25519().verify(mallory.address(), msg, sig)).isFalse();
        byte[] tampered = sig.toBytes();
        tampered[5] ^= 1;
        assertThat(SignatureScheme.ed25519().verify(alice.address(), msg, Signature.of(tampered))).isFalse();
        byte[] otherMsg = msg.clone();
        otherMsg[0] ^= 1;
        assertThat(SignatureScheme.ed25519().verify(alice.address(), otherMsg, sig)).isFalse();
        // an all-0xFF "signature" is not a valid encoding: must be rejected, not throw
        byte[] junk = new byte[64];
        java.util.Arrays.fill(junk, (byte) 0xFF);
        assertThat(SignatureScheme.ed25519().verify(alice.address(), msg, Signature.of(junk))).isFalse();
    }

    @Test
    void keysAreReproducibleFromTheSeededSource() {
        KeyPair a = KeyPair.generate(RandomSource.SPLIT_MIX_64.create(42L));
        KeyPair b = KeyPair.generate(RandomSource.SPLIT_MIX_64.create(42L));
        assertThat(a.address()).isEqualTo(b.address());
        assertThat(Address.fromHex(a.address().hex())).isEqualTo(a.address());
    }

    @Test
    void modelledSignaturesBindSignerAndMessage() {
        var rng = RandomSource.SPLIT_MIX_64.create(1L);
        KeyPair a = KeyPair.generate(rng);
        KeyPair b = KeyPair.generate(rng);
        byte[] msg = Sha256.hash(new byte[] {1}).toBytes();
        Signature s = ModelledSignatures.INSTANCE.sign(a, msg);
        assertThat(ModelledSignatures.INSTANCE.verify(a.address(), msg, s)).isTrue();
        assertThat(ModelledSignatures.INSTANCE.verify(b.address(), msg, s)).isFalse();
    }

    @Test
    void cachedVerificationNeverCachesAFailure() {
        var rng = RandomSource.SPLIT_MIX_64.create(9L);
        KeyPair a = KeyPair.generate(rng);
        KeyPair b = KeyPair.generate(rng);
        SignatureScheme cached = new CachedVerification(SignatureScheme.ed25519(), 4);
        byte[] msg = Sha256.hash(new byte[] {7}).toBytes();
        Signature s = cached.sign(a, msg);
        assertThat(cached.verify(a.address(), msg, s)).isTrue();
        assertThat(cached.verify(a.address(), msg, s)).isTrue();
        assertThat(cached.verify(b.address(), msg, s)).isFalse();
        byte[] other = msg.clone();
        other[3] ^= 1;
        assertThat(cached.verify(a.address(), other, s)).isFalse();
    }
}
