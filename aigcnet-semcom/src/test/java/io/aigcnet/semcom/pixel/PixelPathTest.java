package io.aigcnet.semcom.pixel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.aigcnet.semcom.attention.SyntheticScenes;
import io.aigcnet.semcom.prompt.ParsedPrompt;
import io.aigcnet.semcom.prompt.RuleBasedParser;
import java.util.BitSet;
import org.junit.jupiter.api.Test;

class PixelPathTest {
    private final ParsedPrompt p = new RuleBasedParser().parse("A blue car driving through the city.");
    private final RgbImage src = SceneRenderer.render(new SyntheticScenes(4, 64).scene(p), 64);

    @Test
    void allKnownIsIdentityAndSsimOfIdenticalIsOne() {
        BitSet all = new BitSet();
        all.set(0, 64 * 64);
        RgbImage out = new HarmonicInpainting(10).decode(src, all, p, 5);
        assertThat(Similarity.psnr(src, out)).isInfinite();
        assertThat(Similarity.ssim(src, src, null)).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void nothingKnownIsMidGreyAndMoreKnownPixelsHelp() {
        RgbImage none = new HarmonicInpainting(10).decode(Panels.masked(src, new BitSet()), new BitSet(), p, 3);
        assertThat(none.rgb()[0][100]).isEqualTo(0.5f);
        BitSet some = new BitSet(), more = new BitSet();
        for (int i = 0; i < 64 * 64; i += 7) some.set(i);
        for (int i = 0; i < 64 * 64; i += 2) more.set(i);
        HarmonicInpainting d = new HarmonicInpainting(10);
        double s1 = Similarity.psnr(src, d.decode(Panels.masked(src, some), some, p, 3));
        double s2 = Similarity.psnr(src, d.decode(Panels.masked(src, more), more, p, 3));
        assertThat(s2).isGreaterThan(s1);
        // received pixels are pasted back
        RgbImage out = d.decode(Panels.masked(src, some), some, p, 3);
        assertThat(out.rgb()[1][7]).isEqualTo(src.rgb()[1][7]);
    }

    @Test
    void harmonicStepsConvergeOnAStripeMask() {
        BitSet known = new BitSet();
        for (int y = 0; y < 64; y++) for (int x = 0; x < 64; x++) if (x < 20 || x > 44) known.set(y * 64 + x);
        HarmonicInpainting d = new HarmonicInpainting(25);
        RgbImage a = d.decode(Panels.masked(src, known), known, p, 2);
        RgbImage b = d.decode(Panels.masked(src, known), known, p, 40);
        RgbImage c = d.decode(Panels.masked(src, known), known, p, 41);
        // successive steps change less and less (the Jacobi iteration converges)
        assertThat(Similarity.psnr(b, c)).isGreaterThan(Similarity.psnr(a, b));
    }
}
