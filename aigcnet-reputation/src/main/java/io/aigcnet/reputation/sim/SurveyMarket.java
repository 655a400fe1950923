package io.aigcnet.reputation.sim;

import io.aigcnet.reputation.selection.MostFamiliarSelection;
import io.aigcnet.reputation.selection.SoftmaxReputationSelection;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.GaussianSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/** The survey's three-ESP, three-producer market under a given ESP-selection policy. */
public final class SurveyMarket {
    public static final int ESPS = 3;
    public static final int PRODUCERS = 3;

    /** Softmax over the producer's reputation for each ESP (the survey's method). */
    public static PolicyFactory softmax(SurveyConfig cfg) {
        return (reputation, popularity, rng) -> new SoftmaxReputationSelection(reputation, cfg.temperature(), rng);
    }

    /** The "traditional" baseline: the most familiar ESP, i.e. the one with the most completed tasks. */
    public static final PolicyFactory MOST_FAMILIAR = (reputation, popularity, rng) -> new MostFamiliarSelection(popularity, rng);

    /** Per-ESP mean reputation per round ({@code reputation[esp][round]}), tasks per ESP, mean latency. */
    public record Outcome(double[][] reputation, long[] tasks, double meanLatencyS) {}

    private SurveyMarket() {}

    public static Outcome run(SurveyConfig cfg, PolicyFactory policy, UniformRandomProvider rng) {
        double[] sens = new double[PRODUCERS];
        java.util.Arrays.fill(sens, cfg.sensitivity());
        MarketSetup setup = new MarketSetup(ESPS, sens, cfg.rounds(), PRODUCERS, cfg.fee(), cfg.params(), false);
        LatencyService service = new LatencyService(cfg);
        MarketRun run = new MarketSimulation(setup, service, Adversary.NONE, policy).run(rng);
        double[][] rep = new double[ESPS][cfg.rounds()];
        for (int r = 0; r < cfg.rounds(); r++) {
            for (int e = 0; e < ESPS; e++) {
                rep[e][r] = run.reputation()[r][e];
            }
        }
        return new Outcome(rep, run.tasks(), service.totalLatency / Math.max(1, service.served));
    }

    /** Latency grows with the ESP's load this round; ESP1 adds its deliberate delay from delayStart. */
    static final class LatencyService implements Service {
        private final SurveyConfig cfg;
        private ContinuousSampler noise;
        double totalLatency;
        long served;

        LatencyService(SurveyConfig cfg) {
            this.cfg = cfg;
        }

        @Override
        public boolean serveAndJudge(int producer, int esp, int round, int load, UniformRandomProvider rng) {
            if (noise == null) {
                noise = GaussianSampler.of(ZigguratSampler.NormalizedGaussian.of(rng), 0, cfg.latencyNoise());
            }
            double latency = cfg.baseLatencyS()[esp] * (1 + cfg.loadPenalty() * (load - 1)) * Math.max(0.5, 1 + noise.sample());
            if (esp == 0 && round >= cfg.delayStart()) {
                latency += cfg.esp1DelayS();
            }
            totalLatency += latency;
            served++;
            return latency <= cfg.toleranceS()[producer] && rng.nextDouble() < cfg.qualityPass()[esp];
        }
    }
}
