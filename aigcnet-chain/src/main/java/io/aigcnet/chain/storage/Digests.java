package io.aigcnet.chain.storage;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** SHA-256 through the JDK; the storage chain needs nothing else from the crypto layer. */
final class Digests {
    private Digests() {
    }

    static byte[] sha256(byte[] data, int off, int len) {
        MessageDigest md = newSha256();
        md.update(data, off, len);
        return md.digest();
    }

    static byte[] sha256(byte[] data) {
        return sha256(data, 0, data.length);
    }

    static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            // every Java SE runtime must provide SHA-256, so this is a broken JDK
            throw new IllegalStateException("JDK lacks SHA-256", e);
        }
    }
}
