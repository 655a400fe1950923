package io.aigcnet.chain.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HexLinesTest {
    private static HexLines of(String s) {
        return HexLines.of(s.getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void splitsOnCrAndLfSkipsBlankLinesAndTrims() {
        HexLines l = of("  0a0B \r\n\r\n\tff\n\n00");
        assertThat(l.texts()).containsExactly("0a0B", "ff", "00");
        assertThat(l.decode(0)).containsExactly(0x0a, 0x0b);
        assertThat(l.decode(1)).containsExactly((byte) 0xff);
        assertThat(of("\n \r\n").size()).isZero();
    }

    /** Against the JDK's own hex parser on random bytes, upper and lower case. */
    @Test
    void decodesLikeHexFormat() {
        Random r = new Random(7);
        StringBuilder body = new StringBuilder();
        byte[][] want = new byte[200][];
        for (int i = 0; i < want.length; i++) {
            want[i] = new byte[r.nextInt(300)];
            r.nextBytes(want[i]);
            String hex = HexFormat.of().formatHex(want[i]);
            body.append(i % 2 == 0 ? hex : hex.toUpperCase()).append(i % 3 == 0 ? "\r\n" : "\n");
        }
        HexLines l = of(body.toString());
        int nonEmpty = 0;
        for (byte[] w : want) {
            if (w.length > 0) {
                assertThat(l.decode(nonEmpty++)).isEqualTo(w);
            }
        }
        assertThat(l.size()).isEqualTo(nonEmpty);
    }

    @Test
    void refusesOddLengthAndNonHexDigitsNamingThePosition() {
        assertThatThrownBy(() -> of("abc").decode(0)).hasMessageContaining("odd length 3");
        assertThatThrownBy(() -> of("0g").decode(0)).hasMessageContaining("position 1");
        assertThatThrownBy(() -> of("\u00e90").decode(0)).hasMessageContaining("position 0");
    }

    @Test
    void jsonLinesGoThroughTheSameParser() {
        HexLines l = HexLines.of(List.of("0a", " ff ", ""));
        assertThat(l.texts()).containsExactly("0a", "ff", "--");
        assertThatThrownBy(() -> l.decode(2)).hasMessageContaining("not a hex digit");
    }
}
