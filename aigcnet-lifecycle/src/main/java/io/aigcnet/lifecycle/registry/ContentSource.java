package io.aigcnet.lifecycle.registry;

import io.aigcnet.chain.crypto.Hash;
import java.util.Optional;

/** Where validators fetch sealed content by its SHA-256 (the storage chain). */
@FunctionalInterface
public interface ContentSource {
    Optional<byte[]> fetch(Hash cipherRef);
}
