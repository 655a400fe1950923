package io.aigcnet.lifecycle.live;

import io.aigcnet.lifecycle.client.SealedContent;
import io.aigcnet.lifecycle.image.ImageFiles;
import io.aigcnet.lifecycle.image.ProceduralAigcImages;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * What the ESPs generate before the timed part: one distinct image per registration (a seeded procedural
 * scene, PNG-encoded), sealed under a fresh key with a salted prompt commitment, exactly as
 * {@code aigcnet aigc register} seals a file. Generation runs on every core and is timed on its own.
 *
 * @param payloads one per offered registration, in offer order
 * @param seconds wall time of the generation
 * @param threads generating threads
 * @param meanPngBytes mean size of the generated PNG files
 */
public record RegistrationPayloads(List<Payload> payloads, double seconds, int threads, double meanPngBytes) {
    /** One registration's content: the prompt and the sealed image. */
    public record Payload(int index, String prompt, SealedContent sealed, int pngBytes) {
    }

    public double perSecond() {
        return payloads.size() / seconds;
    }

    /** Generates {@code n} payloads of {@code size}×{@code size} images; payload i depends only on seeds[i]. */
    public static RegistrationPayloads generate(int n, int size, UniformRandomProvider rng) throws InterruptedException {
        long[] seeds = new long[n];
        for (int i = 0; i < n; i++) {
            seeds[i] = rng.nextLong();
        }
        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long t0 = System.nanoTime(); // ambient-ok: benchmark timing
        try {
            List<Future<Payload>> futures = new java.util.ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                int idx = i;
                futures.add(pool.submit(() -> one(idx, size, seeds[idx])));
            }
            List<Payload> out = new java.util.ArrayList<>(n);
            long bytes = 0;
            for (Future<Payload> f : futures) {
                Payload p = f.get();
                out.add(p);
                bytes += p.pngBytes();
            }
            double secs = (System.nanoTime() - t0) / 1e9; // ambient-ok: benchmark timing
            return new RegistrationPayloads(List.copyOf(out), secs, threads, n == 0 ? 0 : (double) bytes / n);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("generating registration images failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    static Payload one(int index, int size, long seed) {
        UniformRandomProvider r = RandomSource.SPLIT_MIX_64.create(seed);
        long template = r.nextLong();
        byte[] png = ImageFiles.png(ProceduralAigcImages.scene(size, template, r.nextLong()));
        String prompt = "benchmark scene " + index + " of template " + Long.toHexString(template);
        return new Payload(index, prompt, SealedContent.seal(png, prompt, r), png.length);
    }
}
