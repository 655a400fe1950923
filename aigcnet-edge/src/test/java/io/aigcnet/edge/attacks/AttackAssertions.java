package io.aigcnet.edge.attacks;

import static org.assertj.core.api.Assertions.assertThat;

/** The contract of every attack test: the defence stops the attack, and removing it lets the attack through. */
final class AttackAssertions {
    private AttackAssertions() {
    }

    static void defendedOnlyWithDefence(AttackOutcome o) {
        assertThat(o.on().defended()).as("%s with its defence: %s", o.name(), o.on().detail()).isTrue();
        assertThat(o.off().defended()).as("%s without its defence: %s", o.name(), o.off().detail()).isFalse();
    }
}
