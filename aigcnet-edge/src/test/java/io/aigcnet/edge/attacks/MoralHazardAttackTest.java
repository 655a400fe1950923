package io.aigcnet.edge.attacks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MoralHazardAttackTest {
    private final AttacksConfig cfg = AttacksConfig.quick();

    @Test
    void theContractMakesTheMaspInvestAndAFlatFeeMakesItShirk() {
        AttackAssertions.defendedOnlyWithDefence(new MoralHazardAttack(cfg.contract(), cfg.shirkShareOfBox()).run());
    }

    @Test
    void theFlatFeeCostsTheClientWhatTheContractCosts() {
        MoralHazardAttack a = new MoralHazardAttack(cfg.contract(), cfg.shirkShareOfBox());
        MoralHazardAttack.Response contract = a.underContract();
        MoralHazardAttack.Response flat = a.underFlatFee();
        assertThat(flat.payment()).isCloseTo(contract.payment(), org.assertj.core.data.Offset.offset(1e-9));
        // same spend, less compute: the client is worse off
        assertThat(flat.clientUtility()).isLessThan(contract.clientUtility());
    }
}
