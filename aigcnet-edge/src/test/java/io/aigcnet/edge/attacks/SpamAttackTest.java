package io.aigcnet.edge.attacks;

import org.junit.jupiter.api.Test;

class SpamAttackTest {
    @Test
    void feePriorityKeepsHonestTransactionsMovingAndFifoDoesNot() {
        AttackAssertions.defendedOnlyWithDefence(new SpamAttack(AttacksConfig.quick().spam(), 9).run());
    }
}
