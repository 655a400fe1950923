package io.aigcnet.lifecycle.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every attack of the survey suite is stopped (each fails if its defence is removed from the registry). */
class LifecycleAttacksTest {
    @Test
    void everyAttackIsDefended() {
        for (AttackResult a : new LifecycleAttacks(io.aigcnet.lifecycle.image.Calibration.CALIBRATED_THRESHOLD_BITS, 5).all()) {
            assertThat(a.defended()).as(a.name() + ": " + a.detail()).isTrue();
        }
    }
}
