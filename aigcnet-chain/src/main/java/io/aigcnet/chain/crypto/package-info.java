/**
 * Cryptographic primitives of the anchor chain: SHA-256 digests ({@link io.aigcnet.chain.crypto.Hash}),
 * Ed25519 key pairs and signatures (BouncyCastle's RFC 8032 implementation, about ten times faster than
 * the JDK provider), and addresses. ProSecutor says "address = public key" (spec A-1); an
 * {@link io.aigcnet.chain.crypto.Address} is therefore the raw 32-byte Ed25519 public key, so a
 * signature can be checked from the sender field alone. Everything here is a small immutable value or a
 * stateless function, shared by layer 1 and layer 2.
 */
package io.aigcnet.chain.crypto;
