package io.aigcnet.learn.nn;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checkpoint files: a magic header, then the module's tensors in {@code parameters()} order
 * ({@link Parameters#write}), then any extra state the caller writes (e.g. a normaliser).
 */
public final class Checkpoints {
    private static final int MAGIC = 0x41494743; // "AIGC"
    private static final int VERSION = 1;

    /** Extra state written after the tensors. */
    public interface Extra {
        void write(DataOutputStream out) throws IOException;
    }

    /** Extra state read after the tensors. */
    public interface ExtraReader {
        void read(DataInputStream in, String source) throws IOException;
    }

    private Checkpoints() {}

    public static void save(Path file, Module module, Extra extra) throws IOException {
        if (file.getParent() != null) Files.createDirectories(file.getParent());
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            Parameters.write(module, out);
            if (extra != null) extra.write(out);
        }
    }

    public static void load(Path file, Module module, ExtraReader extra) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (in.readInt() != MAGIC) throw new IOException(file + ": not an aigcnet checkpoint (bad magic number)");
            int version = in.readInt();
            if (version != VERSION) throw new IOException(file + ": checkpoint version " + version + ", this build reads " + VERSION);
            Parameters.read(module, in, file.toString());
            if (extra != null) extra.read(in, file.toString());
        }
    }
}
