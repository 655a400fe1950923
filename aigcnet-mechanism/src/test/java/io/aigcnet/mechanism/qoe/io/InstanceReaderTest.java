package io.aigcnet.mechanism.qoe.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.aigcnet.mechanism.qoe.model.Channel;
import io.aigcnet.mechanism.qoe.model.Qoe;
import io.aigcnet.mechanism.qoe.model.QoeInstance;
import org.junit.jupiter.api.Test;

class InstanceReaderTest {

    private static QoeInstance parse(String json) throws Exception {
        return InstanceReader.parse(new ObjectMapper().readTree(json), "test.json");
    }

    private static final String ASP = "{\"kappa_ms\": 500, \"xi\": 4e-9, \"cf\": 21, \"cB\": 0.2, \"f_max\": 30, \"B_max\": 500}";
    private static final String MU = "{\"mu\": 380, \"R_min\": 0.001, \"R_max\": 1}";

    @Test
    void physicalFormConvertsKAndGainToWorkloads() throws Exception {
        QoeInstance inst = parse("{\"asps\": [" + ASP + "], \"mus\": [" + MU + "," + MU + "], \"pairs\": [["
                + "{\"K\": 6, \"x_in\": 100, \"x_out\": 200, \"snr_db\": 20},"
                + "{\"theta\": 1e-7, \"x_in\": 100, \"x_out\": 200, \"gain\": 2, \"power\": 3, \"noise\": 0.06}]]}");
        // K = 6 with β = 0.1, η = 1/11 is θ̂ = 1e-7, and g p/σ² = 100 is 20 dB: both pairs coincide
        double a = Qoe.computeWorkload(4e-9, 1e-7, 100, 200);
        double d = Qoe.transmitWorkload(100, 200, Channel.fromDb(20));
        for (int m = 0; m < 2; m++) {
            assertThat(inst.load(0, m).a()).isCloseTo(a, within(1e-9 * a));
            assertThat(inst.load(0, m).d()).isCloseTo(d, within(1e-9 * d));
            assertThat(inst.load(0, m).xOut()).isEqualTo(200);
        }
    }

    @Test
    void errorsNameTheEntry() {
        assertThatThrownBy(() -> parse("{\"asps\": [" + ASP + "], \"mus\": [" + MU + "], \"pairs\": [[{\"A\": 5, \"D\": 1}]]}"))
                .hasMessageContaining("asps[0].xi").hasMessageContaining("physical");
        assertThatThrownBy(() -> parse("{\"asps\": [" + ASP + "], \"mus\": [" + MU + "," + MU + "], \"pairs\": [["
                + "{\"K\": 6, \"x_in\": 100, \"x_out\": 200, \"snr_db\": 20}, {\"A\": 5, \"D\": 1}]]}"))
                .hasMessageContaining("pairs[0][1]").hasMessageContaining("mixes");
        assertThatThrownBy(() -> parse("{\"asps\": [" + ASP + "], \"mus\": [" + MU + "], \"pairs\": [["
                + "{\"K\": 6, \"x_in\": 100, \"x_out\": 200, \"snr_db\": 20, \"colour\": 1}]]}"))
                .hasMessageContaining("pairs[0][0].colour").hasMessageContaining("unknown field");
        assertThatThrownBy(() -> parse("{\"asps\": [" + ASP + "], \"mus\": [{\"mu\": 380, \"R_min\": 2, \"R_max\": 1}],"
                + " \"pairs\": [[{\"K\": 6, \"x_in\": 100, \"x_out\": 200, \"snr_db\": 20}]]}"))
                .hasMessageContaining("mus[0]").hasMessageContaining("R_min");
        assertThatThrownBy(() -> parse("{\"asps\": [" + ASP + "], \"mus\": [" + MU + "], \"pairs\": []}"))
                .hasMessageContaining("pairs");
    }
}
