package io.aigcnet.edge.asp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aigcnet.core.config.ConfigException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AspTraceReaderTest {
    @TempDir Path dir;

    Path write(String json) throws Exception {
        Path f = dir.resolve("trace.json");
        Files.writeString(f, json);
        return f;
    }

    @Test void readsAValidTrace() throws Exception {
        AspTrace t = AspTraceReader.read(write("""
                {"asps": [{"total_t": 300, "a_x": 0, "a_y": 0, "b_x": 200, "b_y": 1}],
                 "tasks": [{"arrival_s": 0, "t": 200}, {"arrival_s": 1000.5, "t": 150}]}"""));
        assertThat(t.asps()).containsExactly(new AspProfile(300, 0, 0, 200, 1));
        assertThat(t.tasks()).containsExactly(new AspTask(0, 200), new AspTask(1000.5, 150));
    }

    @Test void namesTheFileAndTheField() throws Exception {
        Path f = write("""
                {"asps": [{"total_t": 300, "a_x": 0, "a_y": 0, "b_x": 200, "b_y": 1}],
                 "tasks": [{"arrival_s": 10, "t": 200}, {"arrival_s": 5, "t": 150}]}""");
        assertThatThrownBy(() -> AspTraceReader.read(f)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("trace.json").hasMessageContaining("tasks[1].arrival_s").hasMessageContaining("arrival order");
    }

    @Test void rejectsBadFields() throws Exception {
        assertThatThrownBy(() -> AspTraceReader.read(write("{\"asps\": [], \"tasks\": []}")))
                .hasMessageContaining("'asps'");
        assertThatThrownBy(() -> AspTraceReader.read(write(
                "{\"asps\": [{\"total_t\": 300.5, \"a_x\": 0, \"a_y\": 0, \"b_x\": 200, \"b_y\": 1}], \"tasks\": []}")))
                .hasMessageContaining("asps[0].total_t").hasMessageContaining("integer");
        assertThatThrownBy(() -> AspTraceReader.read(write(
                "{\"asps\": [{\"total_t\": 300, \"a_x\": 200, \"a_y\": 0, \"b_x\": 200, \"b_y\": 1}], \"tasks\": []}")))
                .hasMessageContaining("asps[0].b_x");
        assertThatThrownBy(() -> AspTraceReader.read(write(
                "{\"asps\": [{\"total_t\": 300, \"a_x\": 0, \"a_y\": 0, \"b_x\": 200, \"b_y\": 1, \"c\": 1}], \"tasks\": []}")))
                .hasMessageContaining("asps[0].c").hasMessageContaining("unknown field");
        assertThatThrownBy(() -> AspTraceReader.read(write(
                "{\"asps\": [{\"total_t\": 300, \"a_x\": 0, \"a_y\": 0, \"b_x\": 200, \"b_y\": 1}], \"tasks\": [{\"arrival_s\": 0}]}")))
                .hasMessageContaining("tasks[0].t").hasMessageContaining("missing");
        assertThatThrownBy(() -> AspTraceReader.read(write("{\"asps\": [")))
                .hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> AspTraceReader.read(dir.resolve("none.json"))).hasMessageContaining("file not found");
    }
}
