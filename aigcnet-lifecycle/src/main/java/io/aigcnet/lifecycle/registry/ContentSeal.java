package io.aigcnet.lifecycle.registry;

import io.aigcnet.chain.htlc.HashLock;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The ESP's sealed content: {@code nonce12 || AES-256-GCM(k, C)}. The key k is the preimage of the
 * generation HTLC's hash lock, so revealing it to be paid is exactly what lets the producer read C; the GCM
 * tag makes a wrong key or corrupted ciphertext fail instead of yielding garbage.
 */
public final class ContentSeal {
    public static final int NONCE = 12;

    private ContentSeal() {
    }

    public static byte[] seal(byte[] key, byte[] nonce, byte[] plaintext) {
        if (key.length != HashLock.PREIMAGE_SIZE || nonce.length != NONCE) {
            throw new IllegalArgumentException("key must be 32 bytes and nonce 12 bytes");
        }
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, nonce));
            byte[] ct = c.doFinal(plaintext);
            byte[] out = Arrays.copyOf(nonce, NONCE + ct.length);
            System.arraycopy(ct, 0, out, NONCE, ct.length);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    /** The plaintext, or empty if the key is wrong or the sealed bytes were altered. */
    public static Optional<byte[]> open(byte[] key, byte[] sealed) {
        if (key.length != HashLock.PREIMAGE_SIZE || sealed.length < NONCE + 16) {
            return Optional.empty();
        }
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, sealed, 0, NONCE));
            return Optional.of(c.doFinal(sealed, NONCE, sealed.length - NONCE));
        } catch (javax.crypto.AEADBadTagException e) {
            return Optional.empty();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }
}
