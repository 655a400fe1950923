package io.aigcnet.edge.attacks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FiftyOnePercentAttackTest {
    private final AttacksConfig.Consensus cfg = AttacksConfig.quick().consensus();

    @Test
    void dposStopsAThirtyPercentAttackerAndFlatVotingDoesNot() {
        AttackAssertions.defendedOnlyWithDefence(new FiftyOnePercentAttack(cfg, 11).run());
    }

    @Test
    void thirtyPercentWinsOneSeatOfFourAgainstAnEvenHonestDelegation() {
        // hand count: a second seat needs two candidates above 17.5% each, i.e. > 35% of the stake
        assertThat(new FiftyOnePercentAttack(cfg, 3).stakeWeighted().attackerSeats()).isEqualTo(1);
    }

    @Test
    void unevenHonestDelegationLetsThirtyPercentWinTwoSeats() {
        // 15 + 15 beats 12 and 10: the attacker takes two of the top four
        assertThat(new FiftyOnePercentAttack(cfg, 3).stakeWeighted(new double[] {20, 15, 12, 10, 8, 5}).attackerSeats()).isEqualTo(2);
    }

    @Test
    void splitsEnumerateEveryPartitionIntoAtMostTheGivenParts() {
        // partitions of 5 into at most 2 parts: 5, 4+1, 3+2
        assertThat(FiftyOnePercentAttack.splits(5, 2)).containsExactly(List.of(5L), List.of(4L, 1L), List.of(3L, 2L));
    }
}
