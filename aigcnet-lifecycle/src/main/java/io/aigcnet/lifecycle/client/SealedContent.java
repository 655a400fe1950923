package io.aigcnet.lifecycle.client;

import io.aigcnet.chain.crypto.Hash;
import io.aigcnet.chain.crypto.Sha256;
import io.aigcnet.chain.htlc.HashLock;
import io.aigcnet.lifecycle.registry.ContentSeal;
import java.nio.charset.StandardCharsets;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * What an ESP produces for one generation: the content sealed under a fresh key k (stored on the storage
 * chain under {@code cipherRef}), the hash lock H(k) the producer opens the contract with, and the
 * producer's private commitment to the prompt.
 */
public record SealedContent(byte[] key, byte[] sealed, Hash cipherRef, Hash lockHash, Hash promptCommitment) {
    /** Seals {@code content} with a key and nonce from {@code rng}; the prompt is committed with a random salt. */
    public static SealedContent seal(byte[] content, String prompt, UniformRandomProvider rng) {
        byte[] key = HashLock.newPreimage(rng);
        byte[] nonce = new byte[ContentSeal.NONCE];
        rng.nextBytes(nonce);
        byte[] sealed = ContentSeal.seal(key, nonce, content);
        byte[] salt = new byte[32];
        rng.nextBytes(salt);
        Hash commitment = Sha256.hash(salt, prompt.getBytes(StandardCharsets.UTF_8));
        return new SealedContent(key, sealed, Sha256.hash(sealed), HashLock.lockOf(key), commitment);
    }
}
