package io.aigcnet.chain.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class ManifestTest {
    @Test
    void roundTrips() {
        ContentKey a = ContentKey.ofContent(new byte[] {1});
        ContentKey b = ContentKey.ofContent(new byte[] {2});
        Manifest m = new Manifest(ContentKey.ofContent(new byte[] {3}), 15, 10, List.of(a, b));
        assertThat(Manifest.decode(m.encode())).isEqualTo(m);
        assertThat(m.chunkLength(1)).isEqualTo(5);
    }

    @Test
    void rejectsInconsistentChunkCount() {
        ContentKey a = ContentKey.ofContent(new byte[] {1});
        assertThatThrownBy(() -> new Manifest(a, 25, 10, List.of(a))).hasMessageContaining("chunk count");
    }

    @Property(tries = 300)
    void decoderNeverThrowsAnythingButIllegalArgument(@ForAll byte[] junk) {
        try {
            Manifest.decode(junk);
        } catch (IllegalArgumentException expected) {
            // malformed input is reported, never crashes with another exception type
        }
    }
}
