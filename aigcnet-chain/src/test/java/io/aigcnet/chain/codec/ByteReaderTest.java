package io.aigcnet.chain.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aigcnet.chain.crypto.Sha256;
import org.junit.jupiter.api.Test;

class ByteReaderTest {
    @Test
    void roundTripsEveryPrimitive() throws DecodeException {
        byte[] b = new ByteWriter(8).u8(200).u16(65000).i32(-5).i64(Long.MAX_VALUE).bool(true)
                .bytes(new byte[] {1, 2, 3}).string("héllo").hash(Sha256.hash(new byte[0])).toByteArray();
        ByteReader r = new ByteReader(b);
        assertThat(r.u8("a")).isEqualTo(200);
        assertThat(r.u16("b")).isEqualTo(65000);
        assertThat(r.i32("c")).isEqualTo(-5);
        assertThat(r.u63("d")).isEqualTo(Long.MAX_VALUE);
        assertThat(r.bool("e")).isTrue();
        assertThat(r.bytes("f", 10)).containsExactly(1, 2, 3);
        assertThat(r.string("g", 10)).isEqualTo("héllo");
        assertThat(r.hash("h")).isEqualTo(Sha256.hash(new byte[0]));
        r.expectEnd();
    }

    @Test
    void rejectsTruncationOversizeAndTrailingBytesWithTheFieldName() {
        assertThatThrownBy(() -> new ByteReader(new byte[3]).i64("nonce"))
                .isInstanceOf(DecodeException.class).hasMessageStartingWith("nonce:");
        byte[] hugeLength = new ByteWriter(4).i32(Integer.MAX_VALUE).toByteArray();
        assertThatThrownBy(() -> new ByteReader(hugeLength).bytes("payload", 1024))
                .isInstanceOf(DecodeException.class).hasMessageContaining("payload.length");
        assertThatThrownBy(() -> new ByteReader(new byte[] {2}).bool("flag"))
                .isInstanceOf(DecodeException.class);
        assertThatThrownBy(() -> ((Decoder<Integer>) in -> in.u8("x")).decodeAll(new byte[] {1, 2}))
                .isInstanceOf(DecodeException.class).hasMessageContaining("trailing");
        byte[] badUtf8 = new ByteWriter(8).bytes(new byte[] {(byte) 0xC3}).toByteArray();
        assertThatThrownBy(() -> new ByteReader(badUtf8).string("memo", 10)).isInstanceOf(DecodeException.class);
    }
}
