package io.aigcnet.edge.attacks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IntentionalDelayAttackTest {
    private final IntentionalDelayAttack attack = new IntentionalDelayAttack(AttacksConfig.quick().delay(), 13);

    @Test
    void timersBoundHowLongTheMaspWaitsAndWithoutThemTheStallerDecides() {
        AttackAssertions.defendedOnlyWithDefence(attack.run());
    }

    @Test
    void everyTransferIsAtomicWithAndWithoutTimers() {
        for (var timers : new io.aigcnet.layer2.channel.ChannelTimers[] {IntentionalDelayAttack.defended(), IntentionalDelayAttack.removed()}) {
            IntentionalDelayAttack.Run r = attack.channel(timers);
            assertThat(r.atomic()).as("atomic transfers, %s", timers).isEqualTo(r.transfers());
            assertThat(r.transfers()).isEqualTo(AttacksConfig.quick().delay().rounds());
        }
    }
}
