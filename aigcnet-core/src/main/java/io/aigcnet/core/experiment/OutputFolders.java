package io.aigcnet.core.experiment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.aigcnet.core.config.BadInputException;

/**
 * The run folders under {@code --out}: a hidden staging folder per run
 * ({@code .<id>.partial-<pid>-<n>}) that replaces {@code <id>/} only when the run finishes.
 *
 * <p>No debris: a failed run deletes its staging folder; a run stopped by SIGINT/SIGTERM deletes
 * it from a shutdown hook; a run killed outright (SIGKILL, power loss) leaves it behind with its
 * process id in the name, and the next run into the same {@code --out} deletes it once that
 * process is gone (restoring the previous results if the kill came mid-swap). Folders are created
 * without explicit permissions, so their modes follow the user's umask (a temp-directory API
 * would force 0700).
 */
public final class OutputFolders {
    private static final Pattern HIDDEN = Pattern.compile("^\\.(.+)\\.(partial|old)-(\\d{1,18})-\\d+$");
    /** Names written by older versions: {@code .<id>.partial-<random>} without a process id. */
    private static final Pattern LEGACY = Pattern.compile("^\\.(.+)\\.(partial|old)-\\d+$");
    private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();
    private static final long PID = ProcessHandle.current().pid();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            for (Path p : LIVE) cleanQuietly(p);
        }, "aigcnet-partial-cleanup"));
    }

    private OutputFolders() {}

    /**
     * Checks and creates {@code outRoot}, then removes what killed runs left there.
     *
     * @throws BadInputException if {@code outRoot} is a file or cannot be created
     */
    public static void prepare(Path outRoot) {
        if (Files.exists(outRoot) && !Files.isDirectory(outRoot))
            throw new BadInputException("--out " + outRoot + ": is a file, not a folder; give a folder (it is created if missing)");
        try {
            Files.createDirectories(outRoot);
        } catch (FileAlreadyExistsException e) {
            throw new BadInputException("--out " + outRoot + ": " + e.getFile() + " is a file, not a folder");
        } catch (AccessDeniedException e) {
            throw new BadInputException("--out " + outRoot + ": cannot create the folder (permission denied on " + e.getFile() + ")");
        } catch (FileSystemException e) {
            throw new BadInputException("--out " + outRoot + ": cannot create the folder ("
                    + (e.getReason() != null ? e.getReason() : e.getFile()) + ")");
        } catch (IOException e) {
            throw new BadInputException("--out " + outRoot + ": cannot create the folder (" + e.getMessage() + ")");
        }
        if (!Files.isWritable(outRoot))
            throw new BadInputException("--out " + outRoot + ": the folder is not writable");
        sweepStale(outRoot);
    }

    /** A new staging folder for {@code id}, deleted by the shutdown hook until it is published. */
    static Path createStaging(Path outRoot, String id) throws IOException {
        while (true) {
            Path p = outRoot.resolve(hiddenName(id, "partial"));
            try {
                Files.createDirectory(p);
                LIVE.add(p);
                return p;
            } catch (FileAlreadyExistsException e) {
                // name collision with another run of this process: draw another number
            }
        }
    }

    /** Deletes a staging folder of a failed run. */
    static void discard(Path staging) {
        try {
            deleteTree(staging);
        } finally {
            LIVE.remove(staging);
        }
    }

    /** Makes {@code staging} the new {@code target}, replacing what was there. */
    static void publish(Path staging, Path target) throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = target.resolveSibling(hiddenName(target.getFileName().toString(), "old"));
            LIVE.add(old);
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        }
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException ex) {
            Files.move(staging, target);
        }
        LIVE.remove(staging);
        if (old != null) {
            deleteTree(old);
            LIVE.remove(old);
        }
    }

    /**
     * Removes staging and swap folders of runs whose process is gone. A swap folder
     * ({@code .<id>.old-...}) whose {@code <id>/} is missing holds the last good results of a run
     * killed mid-swap: it is moved back instead of deleted.
     */
    static void sweepStale(Path outRoot) {
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(outRoot, ".*")) {
            for (Path p : ds) {
                Matcher m = HIDDEN.matcher(p.getFileName().toString());
                if (m.matches()) {
                    long pid = Long.parseLong(m.group(3));
                    if (pid == PID || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) continue;
                    clean(p);
                } else if (LEGACY.matcher(p.getFileName().toString()).matches()) {
                    clean(p);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // A sweep that cannot finish is not worth failing a run for; the next start tries again.
        }
    }

    /** Deletes one staging/swap folder, or moves a swap folder back if its {@code <id>/} is missing. */
    private static void clean(Path p) throws IOException {
        String name = p.getFileName().toString();
        Matcher m = HIDDEN.matcher(name);
        if (!m.matches()) m = LEGACY.matcher(name);
        if (m.matches() && m.group(2).equals("old")) {
            Path target = p.resolveSibling(m.group(1));
            if (!Files.exists(target)) {
                Files.move(p, target);
                return;
            }
        }
        deleteTree(p);
    }

    private static String hiddenName(String id, String kind) {
        return "." + id + "." + kind + "-" + PID + "-" + ThreadLocalRandom.current().nextInt(1 << 30);
    }

    static void deleteTree(Path p) {
        if (!Files.exists(p)) return;
        try (Stream<Path> s = Files.walk(p)) {
            s.sorted(Comparator.reverseOrder()).forEach(q -> {
                try {
                    Files.deleteIfExists(q);
                } catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
            });
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static void cleanQuietly(Path p) {
        try {
            clean(p);
        } catch (IOException | RuntimeException e) {
            // shutting down: nothing more to do
        }
    }
}
