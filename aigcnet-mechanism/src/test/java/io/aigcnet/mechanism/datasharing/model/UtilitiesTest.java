package io.aigcnet.mechanism.datasharing.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class UtilitiesTest {

    static final NetworkState STATE1 = NetworkState.parse("40,2,0.95,0.73,0.84,0.16,2,12");

    @Test
    void deviceUtilityFromCostAndFromType() {
        // hand: r=0.3, f=0.5, xi=0.25 -> 0.3 - 0.125 = 0.175; phi = 1/xi = 4 gives the same
        assertThat(Utilities.deviceUtilityFromCost(0.3, 0.5, 0.25)).isCloseTo(0.175, within(1e-15));
        assertThat(Utilities.deviceUtility(0.3, 0.5, 4)).isCloseTo(0.175, within(1e-15));
    }

    @Test
    void bsUtilityHandComputation() {
        // hand: both items f=0.5 (theta=2): QoD = ln(1.893125) (see QualityOfDataTest);
        // U_B = 40 * (0.84*(100 ln 1.893125 - 0.3) + 0.16*(100 ln 1.893125 - 0.4))
        Contract c = new Contract(new double[] {0.5, 0.5}, new double[] {0.3, 0.4});
        double qod = Math.log(1.893125);
        double expected = 40 * (0.84 * (100 * qod - 0.3) + 0.16 * (100 * qod - 0.4));
        assertThat(Utilities.bsUtility(c, STATE1, MarketParams.PAPER)).isCloseTo(expected, within(1e-9));
        // 40 * (100 * 0.638228... - 0.316) = 2540.27...
        assertThat(Utilities.bsUtility(c, STATE1, MarketParams.PAPER)).isBetween(2540.0, 2541.0);
    }

    @Test
    void deviceUtilitiesAndAverage() {
        Contract c = new Contract(new double[] {0.2, 0.4}, new double[] {0.1, 0.2});
        // hand: u1 = 0.1 - 0.2/2 = 0; u2 = 0.2 - 0.4/12 = 0.1666...; avg = 0.16 * 0.1666... = 0.02666...
        assertThat(Utilities.deviceUtilities(c, STATE1)).containsExactly(new double[] {0.0, 0.2 - 0.4 / 12}, within(1e-15));
        assertThat(Utilities.averageDeviceUtility(c, STATE1)).isCloseTo(0.16 * (0.2 - 0.4 / 12), within(1e-15));
    }

    @Test
    void undefinedQodGivesMinusInfinity() {
        NetworkState tight = NetworkState.parse("40,2,0.5,0.5,0.5,0.5,2,12");
        Contract c = new Contract(new double[] {0.5, 0.5}, new double[] {0.3, 0.3});
        assertThat(Utilities.bsUtility(c, tight, new MarketParams(0.75, 100, 1.0))).isEqualTo(Double.NEGATIVE_INFINITY);
    }
}
