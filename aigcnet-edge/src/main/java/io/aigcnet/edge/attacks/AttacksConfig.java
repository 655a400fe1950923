package io.aigcnet.edge.attacks;

import io.aigcnet.core.config.Checks;
import io.aigcnet.core.config.ConfigException;
import io.aigcnet.core.config.Validated;
import io.aigcnet.mechanism.contract.prosecutor.ProsecutorParams;
import io.aigcnet.reputation.sim.AblationConfig;

/**
 * Every constant of the ProSecutor Table II attack suite. {@link #quick()} is the CI form: the same attacks,
 * shorter runs.
 */
public record AttacksConfig(Consensus consensus, Identity identity, Spam spam, AblationConfig reputation,
        double reputationGapShare, ProsecutorParams contract, double shirkShareOfBox, Delay delay) implements Validated {

    /**
     * The 51% attack.
     *
     * @param seats              S, the number of super nodes
     * @param fullNodes          honest full nodes that follow the chain
     * @param attackerStakePct   the attacker's share of all stake (%)
     * @param honestStakePct     the stake (%) delegated to each honest candidate; with the attacker's, sums to 100
     * @param unevenHonestStakePct a second, uneven honest delegation, reported for information (seats the attacker
     *                           could win if honest stake were spread this way); with the attacker's, sums to 100
     * @param stakeUnitPct       granularity of the attacker's split search (%)
     * @param maxSybils          most free identities the attacker registers when identities are not weighted by stake
     * @param blockIntervalS     slot length (s)
     * @param withholdAtS        when the attacker's seats stop voting (s)
     * @param seconds            simulated duration (s)
     * @param minRelativeFinality honest finality under attack, as a share of the attack-free rate, that counts as
     *                           defended
     */
    public record Consensus(int seats, int fullNodes, double attackerStakePct, double[] honestStakePct,
            double[] unevenHonestStakePct, double stakeUnitPct,
            int maxSybils, double blockIntervalS, double withholdAtS, double seconds, double minRelativeFinality) {
        void validate() {
            Checks.range("consensus.seats", seats, 1, 64);
            Checks.range("consensus.full_nodes", fullNodes, 0, 64);
            Checks.range("consensus.attacker_stake_pct", attackerStakePct, 0, 100);
            delegation("consensus.honest_stake_pct", honestStakePct);
            delegation("consensus.uneven_honest_stake_pct", unevenHonestStakePct);
            Checks.range("consensus.stake_unit_pct", stakeUnitPct, 0.1, 100);
            Checks.range("consensus.max_sybils", maxSybils, 1, 1000);
            Checks.range("consensus.block_interval_s", blockIntervalS, 0.01, 60);
            Checks.range("consensus.withhold_at_s", withholdAtS, 0, seconds);
            Checks.range("consensus.seconds", seconds, 1, 86_400);
            Checks.range("consensus.min_relative_finality", minRelativeFinality, 0, 1);
        }

        private void delegation(String field, double[] pct) {
            if (pct == null || pct.length == 0) {
                throw ConfigException.field(field, "must list the stake (%) of at least one honest candidate");
            }
            double sum = attackerStakePct;
            for (double h : pct) {
                Checks.range(field, h, 0, 100);
                sum += h;
            }
            if (Math.abs(sum - 100) > 1e-6) {
                throw ConfigException.field(field, "with attacker_stake_pct must sum to 100, got " + sum);
            }
        }
    }

    /**
     * The identity attack.
     *
     * @param forgeries transfers out of the victim's account that the attacker signs with its own key
     * @param replays   re-submissions of the victim's own, already executed transfers
     * @param tampered  victim-signed transfers whose receiver or value the attacker rewrote
     * @param value     tokens each forged transfer tries to move
     * @param seconds   simulated duration (s)
     */
    public record Identity(int forgeries, int replays, int tampered, long value, double seconds) {
        void validate() {
            Checks.range("identity.forgeries", forgeries, 0, 100_000);
            Checks.range("identity.replays", replays, 0, 100_000);
            Checks.range("identity.tampered", tampered, 0, 100_000);
            Checks.range("identity.value", value, 1, 1_000_000);
            Checks.range("identity.seconds", seconds, 5, 86_400);
        }
    }

    /**
     * Spamming / DoS.
     *
     * @param blockCapacity  transactions per block
     * @param blockIntervalS slot length (s)
     * @param spamTps        the spammer's rate (transactions per second, all at the minimum fee)
     * @param spamAccounts   funded accounts the spammer rotates over
     * @param honestTps      honest clients' rate
     * @param minFee         the chain's minimum fee, paid by the spammer
     * @param honestFee      the fee honest clients pay
     * @param seconds        how long both send (s)
     * @param graceS         extra time to finalise after the senders stop (s)
     * @param maxLatencyFactor honest median latency, as a multiple of the attack-free median, that counts as defended
     * @param minFinalisedShare honest transactions that must be finalised by the end to count as defended
     */
    public record Spam(int blockCapacity, double blockIntervalS, double spamTps, int spamAccounts, double honestTps, long minFee,
            long honestFee, double seconds, double graceS, double maxLatencyFactor, double minFinalisedShare) {
        void validate() {
            Checks.range("spam.block_capacity", blockCapacity, 1, 100_000);
            Checks.range("spam.block_interval_s", blockIntervalS, 0.01, 60);
            Checks.range("spam.spam_tps", spamTps, 0, 1e6);
            Checks.range("spam.spam_accounts", spamAccounts, 1, 100_000);
            Checks.range("spam.honest_tps", honestTps, 0.1, 1e6);
            Checks.range("spam.min_fee", minFee, 0, 1_000_000);
            Checks.range("spam.honest_fee", honestFee, minFee, 1_000_000);
            Checks.range("spam.seconds", seconds, 1, 86_400);
            Checks.range("spam.grace_s", graceS, 0, 86_400);
            Checks.range("spam.max_latency_factor", maxLatencyFactor, 1, 1000);
            Checks.range("spam.min_finalised_share", minFinalisedShare, 0, 1);
        }
    }

    /**
     * Intentional delay.
     *
     * @param rounds  fee-ownership rounds the client requests
     * @param stallS  how long the client holds back each of its fee locks (s)
     * @param horizonS how long the channel is watched (s)
     */
    public record Delay(int rounds, double stallS, double horizonS) {
        void validate() {
            Checks.range("delay.rounds", rounds, 1, 10_000);
            Checks.range("delay.stall_s", stallS, 0.001, 86_400);
            Checks.range("delay.horizon_s", horizonS, 1, 10_000_000);
        }
    }

    private static final double[] UNEVEN = {20, 15, 12, 10, 8, 5};

    public static AttacksConfig defaults() {
        return new AttacksConfig(
                new Consensus(4, 2, 30, new double[] {17.5, 17.5, 17.5, 17.5}, UNEVEN, 0.5, 12, 1.0, 20, 120, 0.5),
                new Identity(20, 20, 20, 1_000, 20),
                new Spam(100, 1.0, 300, 60, 10, 1, 10, 60, 10, 2, 0.95),
                AblationConfig.defaults(), 0.5, ProsecutorParams.defaults(), 0.01,
                new Delay(10, 120, 7_200));
    }

    public static AttacksConfig quick() {
        AttacksConfig d = defaults();
        return new AttacksConfig(
                new Consensus(4, 2, 30, new double[] {17.5, 17.5, 17.5, 17.5}, UNEVEN, 1.0, 12, 1.0, 10, 40, 0.5),
                new Identity(5, 5, 5, 1_000, 10),
                new Spam(100, 1.0, 300, 30, 10, 1, 10, 20, 5, 2, 0.95),
                AblationConfig.quick(), d.reputationGapShare(), d.contract(), d.shirkShareOfBox(),
                new Delay(4, 120, 3_600));
    }

    @Override
    public void validate() {
        if (consensus == null || identity == null || spam == null || reputation == null || contract == null || delay == null) {
            throw ConfigException.field("attacks", "needs consensus, identity, spam, reputation, contract and delay sections");
        }
        consensus.validate();
        identity.validate();
        spam.validate();
        reputation.validate();
        Checks.range("reputation_gap_share", reputationGapShare, 0, 10);
        contract.validate("contract.");
        Checks.range("shirk_share_of_box", shirkShareOfBox, 0, 1);
        delay.validate();
    }
}
