package io.aigcnet.semcom.attention;

import io.aigcnet.semcom.prompt.ParsedPrompt;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Reads {@code maps/<token index>.png}: one single-channel (grayscale) PNG per word, 8- or 16-bit,
 * any size, as DAAM exports from a real Stable Diffusion run. The raw sample values are used (the
 * relative threshold of eq. (8) makes the scale irrelevant). Maps are required for every kept word
 * and optional for X-type words, which the encoder ignores. All maps of a prompt must share a size.
 */
public final class PngFolderSource implements AttentionSource {
    private final Path mapsDir;

    public PngFolderSource(Path mapsDir) {
        this.mapsDir = mapsDir;
    }

    @Override
    public AttentionMaps maps(ParsedPrompt prompt) {
        Map<Integer, float[]> maps = new LinkedHashMap<>();
        int w = -1, h = -1;
        String first = null;
        for (int i = 0; i < prompt.size(); i++) {
            Path f = mapsDir.resolve(i + ".png");
            boolean required = prompt.token(i).pos().kept();
            if (!Files.isRegularFile(f)) {
                if (required) throw new IllegalArgumentException("missing attention map " + f + " for token " + i
                        + " '" + prompt.token(i).text() + "' (" + prompt.token(i).pos() + ")");
                continue;
            }
            float[] v;
            int[] size = new int[2];
            v = read(f, size);
            if (w < 0) {
                w = size[0];
                h = size[1];
                first = f.getFileName().toString();
            } else if (size[0] != w || size[1] != h) {
                throw new IllegalArgumentException(f + " is " + size[0] + "x" + size[1] + " but " + first + " is " + w + "x" + h
                        + "; all maps of a prompt must have the same size");
            }
            maps.put(i, v);
        }
        if (w < 0) throw new IllegalArgumentException("no attention maps found in " + mapsDir);
        return new AttentionMaps(w, h, maps);
    }

    /** Reads one grayscale PNG into raw sample values; size[0] = width, size[1] = height. */
    public static float[] read(Path f, int[] size) {
        BufferedImage img;
        try {
            img = ImageIO.read(f.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + f + ": " + e.getMessage(), e);
        }
        if (img == null) throw new IllegalArgumentException(f + " is not a readable PNG image");
        Raster r = img.getRaster();
        if (r.getNumBands() != 1 || img.getColorModel().getNumComponents() != 1)
            throw new IllegalArgumentException(f + " has " + img.getColorModel().getNumComponents()
                    + " colour components; an attention map must be a single-channel (grayscale) PNG, 8- or 16-bit");
        int w = r.getWidth(), h = r.getHeight();
        float[] v = new float[w * h];
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            r.getSamples(0, y, w, 1, 0, row);
            for (int x = 0; x < w; x++) v[y * w + x] = row[x];
        }
        size[0] = w;
        size[1] = h;
        return v;
    }
}
