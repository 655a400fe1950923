package io.aigcnet.semcom.attention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.aigcnet.semcom.encode.Binarizer;
import io.aigcnet.semcom.prompt.ParsedPrompt;
import io.aigcnet.semcom.prompt.RuleBasedParser;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttentionSourcesTest {
    @TempDir Path dir;

    static void writeGray(Path f, int w, int h, int type, int[] values) throws Exception {
        BufferedImage img = new BufferedImage(w, h, type);
        img.getRaster().setSamples(0, 0, w, h, 0, values);
        ImageIO.write(img, "png", f.toFile());
    }

    @Test
    void readsEightAndSixteenBitGrayscaleExactly() throws Exception {
        ParsedPrompt p = new RuleBasedParser().parse("A dog.");
        Files.createDirectories(dir.resolve("maps"));
        int[] v16 = {0, 1000, 65535, 30000, 7, 12};
        writeGray(dir.resolve("maps/1.png"), 3, 2, BufferedImage.TYPE_USHORT_GRAY, v16);
        AttentionMaps m = new PngFolderSource(dir.resolve("maps")).maps(p);
        assertThat(m.width()).isEqualTo(3);
        assertThat(m.height()).isEqualTo(2);
        assertThat(m.map(1)).containsExactly(0f, 1000f, 65535f, 30000f, 7f, 12f);
        int[] v8 = {0, 255, 128, 3, 4, 5};
        writeGray(dir.resolve("maps/1.png"), 3, 2, BufferedImage.TYPE_BYTE_GRAY, v8);
        assertThat(new PngFolderSource(dir.resolve("maps")).maps(p).map(1)).containsExactly(0f, 255f, 128f, 3f, 4f, 5f);
    }

    @Test
    void missingMapOfAKeptWordRgbAndMismatchedSizesAreErrors() throws Exception {
        ParsedPrompt p = new RuleBasedParser().parse("A red dog.");
        Path maps = Files.createDirectories(dir.resolve("maps"));
        writeGray(maps.resolve("1.png"), 2, 2, BufferedImage.TYPE_BYTE_GRAY, new int[] {1, 2, 3, 4});
        assertThatThrownBy(() -> new PngFolderSource(maps).maps(p)).hasMessageContaining("2.png").hasMessageContaining("dog");
        writeGray(maps.resolve("2.png"), 3, 2, BufferedImage.TYPE_BYTE_GRAY, new int[] {1, 2, 3, 4, 5, 6});
        assertThatThrownBy(() -> new PngFolderSource(maps).maps(p)).hasMessageContaining("same size");
        BufferedImage rgb = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
        ImageIO.write(rgb, "png", maps.resolve("2.png").toFile());
        assertThatThrownBy(() -> new PngFolderSource(maps).maps(p)).hasMessageContaining("grayscale");
    }

    @Test
    void bicubicMatchesPyTorchConventions() {
        // constant fields stay constant (the kernel is a partition of unity)
        float[] c = new float[16];
        java.util.Arrays.fill(c, 2.5f);
        for (float v : Bicubic.resize(c, 4, 4, 16, 16)) assertThat(v).isCloseTo(2.5f, within(1e-5f));
        // Keys kernel: k(0) = 1, k(1) = 0, k(2) = 0, k(0.5) = 0.5625 + ... (A = -0.75): (1.25*0.125 - 2.25*0.25 + 1)
        assertThat(Bicubic.kernel(0)).isEqualTo(1.0);
        assertThat(Bicubic.kernel(1)).isCloseTo(0.0, within(1e-12));
        assertThat(Bicubic.kernel(0.5)).isCloseTo(1.25 * 0.125 - 2.25 * 0.25 + 1, within(1e-12));
        // hand computation for [0, 1] -> 4 samples: source x = -0.25, 0.25, 0.75, 1.25; taps clamped to the border;
        // x = 0.25: k(0.75) + k(1.75) = 0.26171875 - 0.03515625; x = 1.25: 1 - k(1.25) = 1.10546875;
        // x = -0.25: k(1.25) = -0.10546875, clamped to 0 as DAAM does
        float[] two = Bicubic.resize(new float[] {0f, 1f}, 2, 1, 4, 1);
        assertThat(two).containsExactly(new float[] {0f, 0.2265625f, 0.7734375f, 1.10546875f}, within(1e-6f));
    }

    @Test
    void syntheticScenesAreSeededAndSpreadDependsOnPartOfSpeech() {
        ParsedPrompt p = new RuleBasedParser().parse("A blue car driving through the city.");
        SyntheticScenes s = new SyntheticScenes(42, 128);
        AttentionMaps a = s.maps(p), b = s.maps(p);
        for (int i = 0; i < p.size(); i++) assertThat(a.map(i)).containsExactly(b.map(i));
        assertThat(new SyntheticScenes(43, 128).maps(p).map(2)).isNotEqualTo(a.map(2));
        // at one threshold, the verb's and the preposition's maps cover more pixels than the noun's
        int car = Binarizer.binarize(a.map(2), 0.5).cardinality();
        int driving = Binarizer.binarize(a.map(3), 0.5).cardinality();
        int through = Binarizer.binarize(a.map(4), 0.5).cardinality();
        assertThat(driving).isGreaterThan(car);
        assertThat(through).isGreaterThan(0);
        for (float v : a.map(3)) assertThat(v).isGreaterThanOrEqualTo(0f);
    }
}
