package io.aigcnet.lifecycle.http;

import io.aigcnet.chain.crypto.Hash;
import io.aigcnet.chain.crypto.Sha256;
import io.aigcnet.lifecycle.registry.ContentSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Sealed content in a directory shared by the nodes of one local network, one file per SHA-256: the
 * storage chain's role (content addressed, verified on read) for processes on one machine.
 */
public final class DirectoryContentStore implements ContentSource {
    private final Path dir;

    public DirectoryContentStore(Path dir) {
        this.dir = dir;
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create content directory " + dir, e);
        }
    }

    public Hash put(byte[] bytes) throws IOException {
        Hash k = Sha256.hash(bytes);
        Path target = dir.resolve(k.hex());
        if (!Files.exists(target)) {
            // write then rename: a reader never sees half a file
            Path tmp = Files.createTempFile(dir, "in-", ".tmp");
            Files.write(tmp, bytes);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
        return k;
    }

    @Override
    public Optional<byte[]> fetch(Hash cipherRef) {
        try {
            Path p = dir.resolve(cipherRef.hex());
            if (!Files.isRegularFile(p)) {
                return Optional.empty();
            }
            byte[] b = Files.readAllBytes(p);
            return Sha256.hash(b).equals(cipherRef) ? Optional.of(b) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
