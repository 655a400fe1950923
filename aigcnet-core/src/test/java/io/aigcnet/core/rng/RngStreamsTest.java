package io.aigcnet.core.rng;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RngStreamsTest {
    @Test
    void sameSeedAndNameGiveSameSequence() {
        long a = RngStreams.of(42).stream("env").nextLong();
        long b = RngStreams.of(42).stream("env").nextLong();
        assertThat(a).isEqualTo(b);
    }

    @Test
    void streamsAreIndependentOfEachOtherAndOfDrawOrder() {
        RngStreams one = RngStreams.of(7);
        one.stream("policy").nextLong(); // drawing from another stream first ...
        long env1 = one.stream("env").nextLong();
        long env2 = RngStreams.of(7).stream("env").nextLong();
        assertThat(env1).isEqualTo(env2); // ... does not shift "env"
        assertThat(RngStreams.of(7).stream("policy").nextLong()).isNotEqualTo(env2);
    }

    @Test
    void differentSeedsDiffer() {
        assertThat(RngStreams.of(1).stream("env").nextLong()).isNotEqualTo(RngStreams.of(2).stream("env").nextLong());
    }

    @Test
    void freshRestartsAndChildIsDistinct() {
        RngStreams r = RngStreams.of(3);
        long first = r.stream("x").nextLong();
        assertThat(r.fresh("x").nextLong()).isEqualTo(first);
        assertThat(r.child("rep-1").stream("x").nextLong()).isNotEqualTo(first);
        assertThat(r.child("rep-1").stream("x").nextLong()).isEqualTo(RngStreams.of(3).child("rep-1").stream("x").nextLong());
    }
}
