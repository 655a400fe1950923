package io.aigcnet.reputation.sim;

import io.aigcnet.core.config.ConfigException;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SimConfigValidationTest {
    @Test void defaultsAndQuickFormsAreValid() {
        assertThatCode(() -> {
            SurveyConfig.defaults().validate();
            SurveyConfig.quick().validate();
            ProsecutorMarketConfig.defaults().validate();
            ProsecutorMarketConfig.quick().validate();
        }).doesNotThrowAnyException();
    }

    @Test void sharedMwslKeysAreCheckedWithTheSameFieldNames() {
        SurveyConfig s = SurveyConfig.defaults();
        SurveyConfig badWeights = new SurveyConfig(s.rounds(), s.delayStart(), s.baseLatencyS(), s.loadPenalty(), s.latencyNoise(),
                s.qualityPass(), s.toleranceS(), s.esp1DelayS(), s.temperature(), s.sensitivity(), s.fee(), s.blockIntervalS(),
                s.freshnessBase(), s.uncertaintyWeight(), new double[] {1, 1});
        assertThatThrownBy(badWeights::validate).isInstanceOf(ConfigException.class).hasMessageContaining("factor_weights")
                .hasMessageContaining("3 numbers");

        ProsecutorMarketConfig p = ProsecutorMarketConfig.defaults();
        ProsecutorMarketConfig badFreshness = new ProsecutorMarketConfig(p.rounds(), p.degradeRound(), p.maspsPerLevel(),
                p.clientsPerType(), p.levelFid(), p.fidSd(), p.degradeFidIncrease(), p.typeFidThreshold(), p.typeSensitivity(),
                p.capacityFactor(), p.fee(), p.blockIntervalS(), 1.0, p.uncertaintyWeight(), p.factorWeights(),
                p.implicitLevelQuality(), p.implicitNoise(), p.implicitMaspSpread(), p.implicitTypeThreshold());
        assertThatThrownBy(badFreshness::validate).isInstanceOf(ConfigException.class).hasMessageContaining("freshness_base");
    }
}
