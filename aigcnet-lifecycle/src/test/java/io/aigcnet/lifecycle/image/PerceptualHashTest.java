package io.aigcnet.lifecycle.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PerceptualHashTest {
    /**
     * A 32 x 32 block synthesised from chosen DCT coefficients c(u,v) at u,v = 1..8 (inverse DCT by the
     * definition): the pHash must be exactly the bits "c > median(c)", computed by hand from c.
     */
    @Test
    void pHashOfASynthesisedBlockIsTheSignOfItsCoefficientsAboveTheMedian() {
        int n = 32;
        double[] coef = new double[64];
        Random r = new Random(11);
        for (int i = 0; i < 64; i++) {
            coef[i] = (i - 31.5) * 3 + r.nextDouble(); // distinct values, median between the 32nd and 33rd
        }
        // shuffle so the expected bits are not a simple prefix
        for (int i = 63; i > 0; i--) {
            int j = r.nextInt(i + 1);
            double t = coef[i];
            coef[i] = coef[j];
            coef[j] = t;
        }
        double[] f = new double[n * n];
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                double s = 128 * 32; // a DC term (ignored by the hash)
                s /= n;
                for (int v = 0; v < 8; v++) {
                    for (int u = 0; u < 8; u++) {
                        double a = Math.sqrt(2.0 / n);
                        s += coef[v * 8 + u] * a * a * Math.cos((2 * x + 1) * (u + 1) * Math.PI / (2.0 * n))
                                * Math.cos((2 * y + 1) * (v + 1) * Math.PI / (2.0 * n));
                    }
                }
                f[y * n + x] = s;
            }
        }
        long expected = 0;
        for (int i = 0; i < 64; i++) {
            if (coef[i] > 0) { // the values are symmetric around 0 up to the jitter: median ~ 0, checked below
                expected |= 1L << i;
            }
        }
        double[] sorted = coef.clone();
        java.util.Arrays.sort(sorted);
        assertThat(sorted[31]).isNegative();
        assertThat(sorted[32]).isPositive();
        assertThat(DctPHash.ofBlock(f)).isEqualTo(expected);
        assertThat(Long.bitCount(expected)).isEqualTo(32);
    }

    /** A 9 x 8 grid worked by hand: each row decreasing except one rising step at a known column. */
    @Test
    void dHashOfAHandWorkedGrid() {
        double[] g = new double[72];
        for (int r = 0; r < 8; r++) {
            for (int c = 0; c < 9; c++) {
                g[r * 9 + c] = 100 - c; // left brighter than right everywhere: all bits 1
            }
            g[r * 9 + r + 1] = 200; // except cell (r, r+1) is brighter than (r, r): bit (r, r) is 0, bit (r, r+1) stays 1
        }
        long h = DifferenceHash.ofGrid(g);
        long expected = -1L;
        for (int r = 0; r < 8; r++) {
            expected &= ~(1L << (r * 8 + r));
        }
        assertThat(h).isEqualTo(expected);
    }

    @Test
    void vertical_dHashOfAHandWorkedGrid() {
        double[] g = new double[72];
        for (int r = 0; r < 9; r++) {
            for (int c = 0; c < 8; c++) {
                g[r * 8 + c] = r; // darker above: no cell brighter than the one below
            }
        }
        assertThat(DifferenceHash.verticalOfGrid(g)).isZero();
        g[0] = 50; // cell (0,0) brighter than (1,0)
        assertThat(DifferenceHash.verticalOfGrid(g)).isEqualTo(1L);
    }

    @Test
    void fingerprintRoundTripsAndIsDeterministic() {
        BufferedImage img = ProceduralAigcImages.scene(128, 4, 5);
        Fingerprint a = Fingerprinter.of(img);
        assertThat(Fingerprinter.of(img)).isEqualTo(a);
        assertThat(Fingerprint.fromBytes(a.toBytes())).isEqualTo(a);
        assertThat(a.distance(a)).isZero();
    }

    @Test
    void editedCopiesAreCloseAndDistinctImagesAreFar() {
        BufferedImage img = ProceduralAigcImages.scene(256, 8, 9);
        Fingerprint a = Fingerprinter.of(img);
        assertThat(a.distance(Fingerprinter.of(Edits.resize(img, 2)))).isLessThanOrEqualTo(10);
        assertThat(a.distance(Fingerprinter.of(Edits.jpeg(img, 0.5f)))).isLessThan(33);
        assertThat(a.distance(Fingerprinter.of(Edits.crop(img, 0.1, 0, 0, 0)))).isLessThan(33);
        assertThat(a.distance(Fingerprinter.of(ProceduralAigcImages.scene(256, 10, 11)))).isGreaterThan(33);
        // the brightness change that scales every channel leaves pHash bits unchanged up to clipping
        assertThat(a.distance(Fingerprinter.of(Edits.brightness(img, 0.8)))).isLessThan(33);
    }

    @Test
    void notAnImageIsAClearError(@TempDir Path dir) throws Exception {
        Path txt = dir.resolve("notes.png");
        Files.writeString(txt, "hello");
        assertThatThrownBy(() -> ImageFiles.read(txt)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("notes.png").hasMessageContaining("not an image");
        assertThatThrownBy(() -> ImageFiles.read(dir.resolve("missing.png"))).hasMessageContaining("no such file");
    }
}
