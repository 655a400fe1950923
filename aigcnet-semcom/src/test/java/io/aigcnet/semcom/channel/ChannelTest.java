package io.aigcnet.semcom.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class ChannelTest {
    @Test
    void equationOneByHand() {
        // W = 15 kHz, P = 1 W, d = 250 m, gamma = 1: phi = 1.6e-5; N0 = 10^(-17.4) mW/Hz = 3.981e-21 W/Hz
        double n0 = Math.pow(10, -17.4) / 1000;
        double snr = 1.6e-5 / (15e3 * n0);
        double expected = 15e3 * Math.log(1 + snr) / Math.log(2);
        assertThat(Channel.capacity(15e3, 1, Channel.gain(1, 250), 0, n0)).isCloseTo(expected, within(1e-6));
        assertThat(expected).isCloseTo(575_000, within(10_000.0)); // spec: c ~ 0.54-0.71 Mb/s
        Channel.Link l = new Channel(ChannelConfig.defaults()).link(250, 1);
        assertThat(l.latencyCapPx()).isEqualTo((long) Math.floor(5 * l.capacityBps() / 24));
        assertThat(l.latencyCapPx()).isBetween(112_000L, 148_000L);
        assertThat(Channel.gain(2, 10)).isEqualTo(0.02);
        // interference lowers capacity
        assertThat(Channel.capacity(15e3, 1, 1e-5, 1e-12, n0)).isLessThan(Channel.capacity(15e3, 1, 1e-5, 0, n0));
    }

    @Test
    void drawsStayInTheAnnulusAndFadingHasMeanOne() {
        Channel ch = new Channel(ChannelConfig.defaults());
        var r = RandomSource.XO_RO_SHI_RO_128_PP.create(3L);
        double sum = 0;
        for (int i = 0; i < 20_000; i++) {
            Channel.Link l = ch.draw(r);
            assertThat(l.distanceM()).isBetween(10.0, 500.0);
            sum += l.fading();
        }
        assertThat(sum / 20_000).isCloseTo(1.0, within(0.05));
    }
}
