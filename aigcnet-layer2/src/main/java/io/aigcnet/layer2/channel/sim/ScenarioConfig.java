package io.aigcnet.layer2.channel.sim;

import io.aigcnet.core.runtime.sim.NetworkModel;
import io.aigcnet.layer2.channel.ChannelTimers;

/**
 * One channel scenario.
 *
 * @param rounds          fee-ownership rounds the client attempts
 * @param fee             fee per round, minor units
 * @param deposit         client deposit f
 * @param network         link model (latency, jitter, loss, duplication, reordering) for all links
 * @param delayProbability probability that one instruction of either party is delayed (Fig. 10b)
 * @param delayNanos      length of such a delay
 * @param crashes         number of crash-and-restart faults injected at random times into random parties
 * @param maxCrashNanos   longest crash; keep it below the challenge period
 * @param staleClose      0 = honest close by the client, 1 = client closes on its genesis state, 2 = MASP does
 * @param timers          channel timers
 * @param blockIntervalNanos anchor block interval for establish/close
 * @param thinkNanos      pause between the end of one round and the next request
 * @param realSignatures  Ed25519 (true) or the modelled scheme (false)
 */
public record ScenarioConfig(int rounds, long fee, long deposit, NetworkModel network, double delayProbability,
                             long delayNanos, int crashes, long maxCrashNanos, int staleClose, ChannelTimers timers,
                             long blockIntervalNanos, long thinkNanos, boolean realSignatures) {
    public ScenarioConfig {
        if (rounds < 0 || fee <= 0 || deposit < (long) rounds * fee) {
            throw new IllegalArgumentException("need rounds >= 0, fee > 0 and deposit >= rounds * fee");
        }
        if (staleClose < 0 || staleClose > 2) {
            throw new IllegalArgumentException("staleClose must be 0, 1 or 2, got " + staleClose);
        }
        if (maxCrashNanos >= timers.challengeNanos()) {
            throw new IllegalArgumentException("maxCrashNanos must be below the challenge period");
        }
    }

    private static final long MS = 1_000_000L;

    /** A small scenario: 5 rounds on a LAN, 1 s blocks, no faults. */
    public static ScenarioConfig small() {
        ChannelTimers t = new ChannelTimers(300 * MS, 300 * MS, 300 * MS, 300 * MS, 300 * MS, 10_000 * MS,
                20_000 * MS, 2);
        return new ScenarioConfig(5, 100, 1_000, NetworkModel.lan(), 0, 0, 0, 0, 0, t, 1_000 * MS, 50 * MS, true);
    }

    public ScenarioConfig withFaults(NetworkModel net, double delayP, long delay, int crashCount, long maxCrash) {
        return new ScenarioConfig(rounds, fee, deposit, net, delayP, delay, crashCount, maxCrash, staleClose, timers,
                blockIntervalNanos, thinkNanos, realSignatures);
    }

    public ScenarioConfig withStaleClose(int who) {
        return new ScenarioConfig(rounds, fee, deposit, network, delayProbability, delayNanos, crashes, maxCrashNanos,
                who, timers, blockIntervalNanos, thinkNanos, realSignatures);
    }

    public ScenarioConfig withRounds(int n, long depositMinor) {
        return new ScenarioConfig(n, fee, depositMinor, network, delayProbability, delayNanos, crashes, maxCrashNanos,
                staleClose, timers, blockIntervalNanos, thinkNanos, realSignatures);
    }

    public ScenarioConfig withTimers(ChannelTimers t, long blockInterval, boolean real) {
        return new ScenarioConfig(rounds, fee, deposit, network, delayProbability, delayNanos, crashes, maxCrashNanos,
                staleClose, t, blockInterval, thinkNanos, real);
    }
}
