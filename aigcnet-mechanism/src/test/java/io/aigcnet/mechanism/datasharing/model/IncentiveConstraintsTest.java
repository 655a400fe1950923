package io.aigcnet.mechanism.datasharing.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class IncentiveConstraintsTest {

    static final NetworkState STATE1 = NetworkState.parse("40,2,0.95,0.73,0.84,0.16,2,12");
    final IncentiveConstraints check = IncentiveConstraints.standard();

    @Test
    void slacksByHand() {
        Contract c = new Contract(new double[] {0.2, 0.4}, new double[] {0.1, 0.12});
        // IR1: 0.1 - 0.2/2 = 0; IR2: 0.12 - 0.4/12 = 0.08667
        assertThat(IncentiveConstraints.irSlack(c, STATE1, 0)).isCloseTo(0.0, within(1e-15));
        assertThat(IncentiveConstraints.irSlack(c, STATE1, 1)).isCloseTo(0.12 - 0.4 / 12, within(1e-15));
        // IC(1->2): (0.1 - 0.1) - (0.12 - 0.4/2) = 0.08; IC(2->1): (0.12 - 0.4/12) - (0.1 - 0.2/12) = 0.003333
        assertThat(IncentiveConstraints.icSlack(c, STATE1, 0, 1)).isCloseTo(0.08, within(1e-15));
        assertThat(IncentiveConstraints.icSlack(c, STATE1, 1, 0)).isCloseTo(0.12 - 0.4 / 12 - 0.1 + 0.2 / 12, within(1e-15));
        assertThat(check.check(c, STATE1).feasible()).isTrue();
    }

    @Test
    void namesTheFailedIrConstraint() {
        Contract c = new Contract(new double[] {0.2, 0.4}, new double[] {0.09, 0.12});
        Feasibility v = check.check(c, STATE1);
        assertThat(v.feasible()).isFalse();
        assertThat(v.violations()).hasSize(1);
        assertThat(v.violations().get(0)).isInstanceOf(Violation.IndividualRationality.class);
        assertThat(((Violation.IndividualRationality) v.violations().get(0)).type()).isEqualTo(1);
        assertThat(v.violations().get(0).shortfall()).isCloseTo(0.01, within(1e-12));
        assertThat(v.describe()).startsWith("IR(1)");
    }

    @Test
    void namesTheFailedIcConstraint() {
        // type 2 prefers item 1: u2(own) = 0.11 - 0.4/12 = 0.0767, u2(item1) = 0.1 - 0.2/12 = 0.0833
        Contract c = new Contract(new double[] {0.2, 0.4}, new double[] {0.1, 0.11});
        Feasibility v = check.check(c, STATE1);
        assertThat(v.violations()).singleElement().isInstanceOf(Violation.IncentiveCompatibility.class);
        Violation.IncentiveCompatibility ic = (Violation.IncentiveCompatibility) v.violations().get(0);
        assertThat(ic.type()).isEqualTo(2);
        assertThat(ic.preferredItem()).isEqualTo(1);
        assertThat(ic.shortfall()).isCloseTo((0.1 - 0.2 / 12) - (0.11 - 0.4 / 12), within(1e-12));
        assertThat(v.describe()).contains("IC(2->1)");
    }

    @Test
    void boundsAndTolerance() {
        Contract neg = new Contract(new double[] {0.2, 1.2}, new double[] {-0.1, 0.3});
        assertThat(check.check(neg, STATE1).violations()).anyMatch(x -> x instanceof Violation.OutOfBounds);
        // exactly binding within 1e-12 is feasible at tolerance 1e-9, infeasible at tolerance 0
        Contract edge = new Contract(new double[] {0.2, 0.2}, new double[] {0.1 - 1e-12, 0.1 - 1e-12});
        assertThat(check.isFeasible(edge, STATE1)).isTrue();
        assertThat(new IncentiveConstraints(0).isFeasible(edge, STATE1)).isFalse();
    }

    @Test
    void countsAllKTimesKMinusOneIcConstraintsForK3() {
        NetworkState s = NetworkState.parse("10,3,0.9,0.9,0.2,0.3,0.5,1,2,3");
        // every type strictly prefers the free item 3 unless it is item 3: IR fails for 1 and 2, IC(1->3), IC(2->3)
        Contract c = new Contract(new double[] {0.5, 0.5, 0.0}, new double[] {0.0, 0.0, 0.0});
        Feasibility v = check.check(c, s);
        assertThat(v.violations()).filteredOn(x -> x instanceof Violation.IndividualRationality).hasSize(2);
        assertThat(v.violations()).filteredOn(x -> x instanceof Violation.IncentiveCompatibility).hasSize(2);
    }
}
