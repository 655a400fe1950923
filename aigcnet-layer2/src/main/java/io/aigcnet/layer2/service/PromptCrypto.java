package io.aigcnet.layer2.service;

import io.aigcnet.chain.crypto.Hash;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.rng.UniformRandomProvider;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;
import org.bouncycastle.math.ec.rfc7748.X25519;

/**
 * Encryption of prompts to a MASP (ProSecutor §VI-A, spec A-1: "encrypted with M_j's public key"):
 * an ephemeral X25519 key agreement (BouncyCastle RFC 7748), HKDF-SHA256 with the signed request's hash
 * as salt, and AES-256-GCM with the request hash as associated data, so a ciphertext is bound to one
 * handshake. Keys come from a caller-supplied random source (seeded in simulations).
 */
public final class PromptCrypto {
    public static final int KEY_SIZE = X25519.POINT_SIZE;
    public static final int IV_SIZE = 12;
    private static final byte[] INFO = "aigcnet/prompt/v1".getBytes(StandardCharsets.US_ASCII);

    private PromptCrypto() {
    }

    /** An X25519 key pair: {@code [0]} private scalar, {@code [1]} public point. */
    public static byte[][] keyPair(UniformRandomProvider rng) {
        byte[] priv = new byte[X25519.SCALAR_SIZE];
        rng.nextBytes(priv);
        byte[] pub = new byte[X25519.POINT_SIZE];
        X25519.scalarMultBase(priv, 0, pub, 0); // clamping is applied inside
        return new byte[][] {priv, pub};
    }

    static byte[] sharedKey(byte[] myPriv, byte[] theirPub, Hash requestHash) throws HandshakeException {
        if (theirPub.length != KEY_SIZE) {
            throw new HandshakeException("X25519 public key must be " + KEY_SIZE + " bytes, got " + theirPub.length);
        }
        byte[] shared = new byte[X25519.POINT_SIZE];
        if (!X25519.calculateAgreement(myPriv, 0, theirPub, 0, shared, 0)) {
            throw new HandshakeException("X25519 agreement with a low-order public key");
        }
        HKDFBytesGenerator hkdf = new HKDFBytesGenerator(new SHA256Digest());
        hkdf.init(new HKDFParameters(shared, requestHash.toBytes(), INFO));
        byte[] key = new byte[32];
        hkdf.generateBytes(key, 0, key.length);
        return key;
    }

    public static byte[] encrypt(byte[] myPriv, byte[] theirPub, Hash requestHash, byte[] iv, byte[] plaintext)
            throws HandshakeException {
        return gcm(Cipher.ENCRYPT_MODE, sharedKey(myPriv, theirPub, requestHash), iv, requestHash, plaintext);
    }

    /** Decrypts and authenticates; a tampered ciphertext or a wrong key fails with {@link HandshakeException}. */
    public static byte[] decrypt(byte[] myPriv, byte[] theirPub, Hash requestHash, byte[] iv, byte[] ciphertext)
            throws HandshakeException {
        return gcm(Cipher.DECRYPT_MODE, sharedKey(myPriv, theirPub, requestHash), iv, requestHash, ciphertext);
    }

    private static byte[] gcm(int mode, byte[] key, byte[] iv, Hash aad, byte[] in) throws HandshakeException {
        if (iv.length != IV_SIZE) {
            throw new HandshakeException("AES-GCM IV must be " + IV_SIZE + " bytes, got " + iv.length);
        }
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, iv));
            c.updateAAD(aad.toBytes());
            return c.doFinal(in);
        } catch (GeneralSecurityException e) {
            throw new HandshakeException("prompt " + (mode == Cipher.ENCRYPT_MODE ? "encryption" : "decryption")
                    + " failed: " + e.getClass().getSimpleName());
        }
    }
}
