package io.aigcnet.semcom.metric;

import io.aigcnet.semcom.pixel.RgbImage;
import io.aigcnet.semcom.quality.Jpsq;
import io.aigcnet.semcom.quality.JpsqParams;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * What the real models say of one image (and, with a reference, of its distance to it): NIMA eq. (16), DreamSim
 * eq. (15) and, when both are there, JPSQ eq. (17) with the paper's ω0 and Q_th.
 */
public record ImageScore(NimaScore nima, Double dreamSim, Double jpsq) {

    public static ImageScore of(QualityModels models, RgbImage image, RgbImage reference) {
        NimaScore n = models.nima().map(m -> m.score(image)).orElse(null);
        Double d = reference == null ? null : models.dreamSim().map(m -> m.distance(reference, image)).orElse(null);
        Double j = null;
        if (n != null && d != null) {
            JpsqParams w = JpsqParams.paper();
            j = Jpsq.jpsq(d, n.mean(), w.omega0(), w.qTh(), w.tMax()); // G-SemCom eq. (17)
        }
        return new ImageScore(n, d, j);
    }

    /** An RGB image file (PNG, JPEG, BMP, GIF: what ImageIO reads) as values in [0, 1]. */
    public static RgbImage read(Path file) {
        BufferedImage b;
        try {
            if (!Files.isRegularFile(file)) throw new IllegalArgumentException(file + ": no such image file");
            b = ImageIO.read(file.toFile());
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot be read as an image (" + e.getMessage() + ")", e);
        }
        if (b == null) throw new IllegalArgumentException(file + ": not an image format this JVM reads (PNG, JPEG, BMP, GIF)");
        RgbImage img = RgbImage.blank(b.getWidth(), b.getHeight());
        for (int y = 0; y < b.getHeight(); y++) {
            for (int x = 0; x < b.getWidth(); x++) {
                int p = b.getRGB(x, y), i = y * b.getWidth() + x;
                img.rgb()[0][i] = ((p >> 16) & 0xFF) / 255f;
                img.rgb()[1][i] = ((p >> 8) & 0xFF) / 255f;
                img.rgb()[2][i] = (p & 0xFF) / 255f;
            }
        }
        return img;
    }
}
