package io.aigcnet.layer2.service;

import io.aigcnet.chain.codec.ByteWriter;
import io.aigcnet.chain.crypto.Address;
import io.aigcnet.chain.crypto.Hash;
import io.aigcnet.chain.crypto.KeyPair;
import io.aigcnet.chain.crypto.Sha256;
import io.aigcnet.chain.crypto.Signature;
import io.aigcnet.chain.crypto.SignatureScheme;
import java.nio.charset.StandardCharsets;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The two-round signed selection handshake of Algorithm 2 / §VI-A. Round 1: the client sends the signed
 * service requirements (task, expected OS²A_O, contract {μ_s, F_s}, its ephemeral X25519 key); the MASP
 * answers a signed acknowledgement carrying its own ephemeral key (or a signed refusal). Round 2: the
 * client sends the prompt encrypted to that key; the MASP answers a signed acknowledgement of the
 * prompt's hash and then runs inference. Every signature is Ed25519 over a SHA-256 digest of a
 * domain-tagged canonical encoding.
 */
public final class Handshake {
    private Handshake() {
    }

    /** Round 1, client → MASP. */
    public record Request(Address client, Address masp, String task, double expectedOs2aO, double feePerDifficulty,
                          double bonusRate, double difficulty, byte[] clientKey, long nonce, Signature sig) {
        public Hash hash() {
            ByteWriter w = new ByteWriter(256).raw("aigcnet/request/v1".getBytes(StandardCharsets.US_ASCII))
                    .address(client).address(masp).string(task).i64(Double.doubleToLongBits(expectedOs2aO))
                    .i64(Double.doubleToLongBits(feePerDifficulty)).i64(Double.doubleToLongBits(bonusRate))
                    .i64(Double.doubleToLongBits(difficulty)).raw(clientKey).i64(nonce);
            return Sha256.hash(w.toByteArray());
        }

        public ServiceContract contract() {
            return new FixedContract(feePerDifficulty, bonusRate);
        }
    }

    /** Round 1 answer, MASP → client. */
    public record Ack(Hash requestHash, boolean accept, byte[] maspKey, Signature sig) {
        Hash hash() {
            return Sha256.hash(new ByteWriter(80).raw("aigcnet/ack/v1".getBytes(StandardCharsets.US_ASCII)).hash(requestHash)
                    .bool(accept).raw(maspKey).toByteArray());
        }
    }

    /** Round 2, client → MASP. */
    public record EncryptedPrompt(Hash requestHash, byte[] iv, byte[] ciphertext) {
    }

    /** Round 2 answer, MASP → client: it received exactly this prompt. */
    public record PromptAck(Hash requestHash, Hash promptHash, Signature sig) {
        Hash hash() {
            return Sha256.hash(new ByteWriter(80).raw("aigcnet/prompt-ack/v1".getBytes(StandardCharsets.US_ASCII))
                    .hash(requestHash).hash(promptHash).toByteArray());
        }
    }

    public static Request request(KeyPair client, Address masp, String task, double expectedOs2aO, ServiceContract contract,
                                  double difficulty, byte[] clientKey, long nonce, SignatureScheme scheme) {
        if (!(contract instanceof FixedContract f)) {
            throw new IllegalArgumentException("the handshake carries fixed contracts {F_s per difficulty, μ_s}");
        }
        Request unsigned = new Request(client.address(), masp, task, expectedOs2aO, f.feePerDifficulty(), f.bonusRate(),
                difficulty, clientKey.clone(), nonce, Signature.EMPTY);
        return new Request(unsigned.client(), masp, task, expectedOs2aO, f.feePerDifficulty(), f.bonusRate(), difficulty,
                unsigned.clientKey(), nonce, scheme.sign(client, unsigned.hash().toBytes()));
    }

    public static void verify(Request r, SignatureScheme scheme) throws HandshakeException {
        if (!scheme.verify(r.client(), r.hash().toBytes(), r.sig())) {
            throw new HandshakeException("service request signature is not the client's");
        }
    }

    public static Ack ack(KeyPair masp, Request r, boolean accept, byte[] maspKey, SignatureScheme scheme) {
        Ack unsigned = new Ack(r.hash(), accept, maspKey.clone(), Signature.EMPTY);
        return new Ack(unsigned.requestHash(), accept, unsigned.maspKey(), scheme.sign(masp, unsigned.hash().toBytes()));
    }

    public static void verify(Ack a, Request r, SignatureScheme scheme) throws HandshakeException {
        if (!a.requestHash().equals(r.hash())) {
            throw new HandshakeException("acknowledgement is for another request");
        }
        if (!scheme.verify(r.masp(), a.hash().toBytes(), a.sig())) {
            throw new HandshakeException("acknowledgement signature is not the MASP's");
        }
    }

    public static EncryptedPrompt encryptPrompt(Request r, Ack a, byte[] clientPriv, String prompt, UniformRandomProvider rng)
            throws HandshakeException {
        byte[] iv = new byte[PromptCrypto.IV_SIZE];
        rng.nextBytes(iv);
        return new EncryptedPrompt(r.hash(), iv, PromptCrypto.encrypt(clientPriv, a.maspKey(), r.hash(), iv,
                prompt.getBytes(StandardCharsets.UTF_8)));
    }

    public static String decryptPrompt(Request r, EncryptedPrompt p, byte[] maspPriv) throws HandshakeException {
        if (!p.requestHash().equals(r.hash())) {
            throw new HandshakeException("prompt belongs to another request");
        }
        return new String(PromptCrypto.decrypt(maspPriv, r.clientKey(), r.hash(), p.iv(), p.ciphertext()),
                StandardCharsets.UTF_8);
    }

    public static PromptAck promptAck(KeyPair masp, Request r, String prompt, SignatureScheme scheme) {
        PromptAck unsigned = new PromptAck(r.hash(), Sha256.hash(prompt.getBytes(StandardCharsets.UTF_8)), Signature.EMPTY);
        return new PromptAck(unsigned.requestHash(), unsigned.promptHash(), scheme.sign(masp, unsigned.hash().toBytes()));
    }

    public static void verify(PromptAck a, Request r, String prompt, SignatureScheme scheme) throws HandshakeException {
        if (!a.requestHash().equals(r.hash())
                || !a.promptHash().equals(Sha256.hash(prompt.getBytes(StandardCharsets.UTF_8)))) {
            throw new HandshakeException("prompt acknowledgement does not match the prompt sent");
        }
        if (!scheme.verify(r.masp(), a.hash().toBytes(), a.sig())) {
            throw new HandshakeException("prompt acknowledgement signature is not the MASP's");
        }
    }
}
