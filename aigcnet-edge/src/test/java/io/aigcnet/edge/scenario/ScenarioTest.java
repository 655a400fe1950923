package io.aigcnet.edge.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aigcnet.core.config.ConfigException;
import io.aigcnet.core.config.ConfigLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioTest {
    @TempDir Path dir;

    Scenario load(String yaml) throws Exception {
        Path f = dir.resolve("city.yaml");
        Files.writeString(f, yaml);
        return ConfigLoader.load(f, Scenario.class, Scenario.defaults());
    }

    @Test void defaultsAreValidAndAFileOverridesFieldByField() throws Exception {
        Scenario.defaults().validate();
        Scenario s = load("name: small\nedges:\n  rows: 2\ndevices:\n  count: 10\npolicies:\n  caching: lru\n");
        assertThat(s.name()).isEqualTo("small");
        assertThat(s.edges().rows()).isEqualTo(2);
        assertThat(s.edges().cols()).isEqualTo(5);
        assertThat(s.devices().count()).isEqualTo(10);
        assertThat(s.policies().caching()).isEqualTo("lru");
        assertThat(s.policies().selection()).isEqualTo("crash_avoid");
        assertThat(s.expectedRequests()).isEqualTo(100.0);
        assertThat(s.policies().settlement()).isEqualTo("accounting");
        assertThat(load("policies:\n  settlement: layer2\n").policies().settlement()).isEqualTo("layer2");
    }

    @Test void aBadSettlementNamesTheFieldAndTheAllowedValues() {
        assertThatThrownBy(() -> load("policies:\n  settlement: paypal\n")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("city.yaml").hasMessageContaining("policies.settlement")
                .hasMessageContaining("accounting, layer2").hasMessageContaining("paypal");
    }

    @Test void errorsNameTheFileAndTheField() {
        assertThatThrownBy(() -> load("edges:\n  rowz: 2\n")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("city.yaml").hasMessageContaining("edges.rowz").hasMessageContaining("unknown field");
        assertThatThrownBy(() -> load("edges:\n  rows: 0\n")).hasMessageContaining("edges.rows");
        assertThatThrownBy(() -> load("policies:\n  caching: fifo\n")).hasMessageContaining("policies.caching")
                .hasMessageContaining("penalty_aware");
        assertThatThrownBy(() -> load("""
                catalogue:
                  - {id: a, modality: image, steps_per_request: 50, gpu_memory_gb: 6, download_gb: 4, load_time_s: 8,
                     quality_max: 1, half_quality_steps: 20, input_mbit: 0.1, output_mbit: 2, hosts: [edge]}
                  - {id: b, modality: hologram, steps_per_request: 50, gpu_memory_gb: 6, download_gb: 4, load_time_s: 8,
                     quality_max: 1, half_quality_steps: 20, input_mbit: 0.1, output_mbit: 2, hosts: [edge]}
                """)).hasMessageContaining("catalogue[1].modality");
        assertThatThrownBy(() -> load("mobility:\n  model: trace\n")).hasMessageContaining("mobility.trace_file");
        assertThatThrownBy(() -> load("duration_s: abc\n")).hasMessageContaining("duration_s");
        assertThatThrownBy(() -> load("extra_edges:\n  - {id: r1, tier: satellite, x_m: 1, y_m: 1, steps_per_s: 10, capacity_steps: 100,"
                + " gpu_memory_gb: 8, coverage_m: 300}\n")).hasMessageContaining("extra_edges[0].tier").hasMessageContaining("uav");
    }
}
