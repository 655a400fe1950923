package io.aigcnet.layer2.channel.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.aigcnet.core.runtime.sim.NetworkModel;
import io.aigcnet.core.runtime.sim.Simulation;
import io.aigcnet.layer2.channel.ChannelTimers;
import io.aigcnet.chain.crypto.ModelledSignatures;
import org.junit.jupiter.api.Test;

class ChannelFleetTest {
    static final long MS = 1_000_000L;

    /**
     * Memory regression: a full-scale layer-2 run (5000 TPS for 600 s) went into GC thrashing because the
     * contract kept the close evidence of every settled channel (then a whole history per channel). After
     * settlement the contract must hold no evidence, so what it holds is bounded by the channels in their
     * challenge period (one state each), not by every channel ever closed.
     */
    @Test
    void settledChannelsReleaseTheirEvidence() {
        Simulation sim = new Simulation(false);
        long interval = 500 * MS;
        ChannelTimers timers = new ChannelTimers(2_000 * MS, 2_000 * MS, 2_000 * MS, 2_000 * MS, 2_000 * MS, 60_000 * MS,
                2 * interval, 2);
        int pairs = 2;
        int rounds = 5;
        long end = 60_000 * MS;
        ChannelFleet fleet = new ChannelFleet(sim, pairs, NetworkModel.lan(), ModelledSignatures.INSTANCE, timers, interval,
                rounds, 7, end);
        Runnable[] inject = new Runnable[1];
        inject[0] = () -> {
            fleet.request();
            if (sim.nanos() + 50 * MS < end) {
                sim.after(50 * MS, inject[0]);
            }
        };
        sim.after(3 * interval, inject[0]);
        sim.runUntil(end);
        // many channels went through open → 5 transfers → close → settle → reopen
        assertThat(fleet.channelsOpened()).isGreaterThan(10 * pairs);
        assertThat(fleet.completed()).isGreaterThan(10L * pairs * rounds);
        // at most one channel per pair is in its challenge period, holding one state of evidence
        assertThat(fleet.evidenceStatesHeld()).isLessThanOrEqualTo(pairs);
    }
}
