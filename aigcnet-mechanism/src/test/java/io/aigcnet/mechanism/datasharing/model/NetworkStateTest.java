package io.aigcnet.mechanism.datasharing.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NetworkStateTest {

    @Test
    void parsesThePaperLayoutAndRoundTrips() {
        NetworkState s = NetworkState.parse("40, 2, 0.95, 0.73, 0.84, 0.16, 2, 12");
        assertThat(s.devices()).isEqualTo(40);
        assertThat(s.types()).isEqualTo(2);
        assertThat(s.q()).containsExactly(0.84, 0.16);
        assertThat(s.phi()).containsExactly(2.0, 12.0);
        assertThat(s.toVector()).containsExactly(40, 2, 0.95, 0.73, 0.84, 0.16, 2, 12);
        assertThat(NetworkState.fromVector(s.toVector())).isEqualTo(s);
    }

    @Test
    void rejectsBadStatesWithTheReason() {
        assertThatThrownBy(() -> NetworkState.parse("40,2,0.95,0.73,0.84,0.16,2")).hasMessageContaining("length 4 + 2K");
        assertThatThrownBy(() -> NetworkState.parse("40,3,0.95,0.73,0.84,0.16,2,12")).hasMessageContaining("K must be 2");
        assertThatThrownBy(() -> NetworkState.parse("40,2,0.95,0.73,0.84,0.16,0,12")).hasMessageContaining("phi_1");
        assertThatThrownBy(() -> NetworkState.parse("40,2,0.95,0.73,0.84,0.16,2,-1")).hasMessageContaining("phi_2");
        assertThatThrownBy(() -> NetworkState.parse("40,2,0.95,0.73,0.8,0.16,2,12")).hasMessageContaining("sum to 1");
        assertThatThrownBy(() -> NetworkState.parse("40,2,0.95,0.73,1.2,-0.2,2,12")).hasMessageContaining("Q_1");
        assertThatThrownBy(() -> NetworkState.parse("40.5,2,0.95,0.73,0.84,0.16,2,12")).hasMessageContaining("M");
        assertThatThrownBy(() -> NetworkState.parse("40,2,x,0.73,0.84,0.16,2,12")).hasMessageContaining("value 3");
        assertThatThrownBy(() -> NetworkState.parse("40,2,0,0.73,0.84,0.16,2,12")).hasMessageContaining("A_max");
    }
}
