package io.aigcnet.reputation.experiment;

import io.aigcnet.core.rng.RngStreams;
import io.aigcnet.reputation.sim.ProsecutorMarketConfig;
import io.aigcnet.reputation.sim.ProsecutorMarkets;
import io.aigcnet.reputation.sim.ProsecutorMarkets.LevelSeries;
import java.util.Locale;

/** The explicit Fig. 8-A scenario as a printable summary, for {@code aigcnet demo}. */
public final class ReputationDemo {
    private ReputationDemo() {}

    /** Runs the explicit scenario with the default (full) configuration and seed. */
    public static LevelSeries runExplicit(long seed) {
        RngStreams rng = RngStreams.of(seed);
        return ProsecutorMarkets.explicit(ProsecutorMarketConfig.defaults(), rng.stream("explicit-models"), rng.stream("explicit-market"));
    }

    /** A plain-text table: per level, reputation before/after degradation and the selections it received. */
    public static String summaryTable(long seed) {
        return summaryTable(ProsecutorMarketConfig.defaults(), runExplicit(seed));
    }

    public static String summaryTable(ProsecutorMarketConfig cfg, LevelSeries s) {
        int pre = cfg.degradeRound() - 1;
        int last = cfg.rounds() - 1;
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Explicit reputation scenario (ProSecutor Fig. 8-A): %d clients, %d MASPs, %d rounds; "
                + "levels 1 and 3 degrade from round %d%n", cfg.clients(), cfg.masps(), cfg.rounds(), cfg.degradeRound()));
        sb.append(String.format(Locale.ROOT, "%-6s %-9s %12s %12s %8s %14s %14s%n", "level", "degraded", "rep@" + pre, "rep@" + last,
                "change", "selections<" + cfg.degradeRound(), "selections>=" + cfg.degradeRound()));
        for (int l = 0; l < 4; l++) {
            boolean degraded = ProsecutorReputationExperiment.DEGRADED_LEVELS.contains(l + 1);
            double a = s.at(l, pre);
            double b = s.at(l, last);
            sb.append(String.format(Locale.ROOT, "%-6d %-9s %12.3f %12.3f %+8.3f %14d %14d%n", l + 1, degraded ? "yes" : "no", a, b,
                    b - a, s.tasksBeforeAfter()[l][0], s.tasksBeforeAfter()[l][1]));
        }
        return sb.toString();
    }
}
