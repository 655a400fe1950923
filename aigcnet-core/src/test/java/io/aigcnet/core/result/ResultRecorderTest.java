package io.aigcnet.core.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ResultRecorderTest {
    @Test
    void dottedKeysNestInInsertionOrder() throws Exception {
        ResultRecorder r = new ResultRecorder();
        r.put("throughput_tps.regular.500", 387.0).put("throughput_tps.ideal.500", 500.0).put("levels", new double[] {1, 2});
        String json = Json.mapper().writeValueAsString(r.asMap()).replaceAll("\\s", "");
        assertThat(json).isEqualTo("{\"throughput_tps\":{\"regular\":{\"500\":387.0},\"ideal\":{\"500\":500.0}},\"levels\":[1.0,2.0]}");
        assertThat(r.get("throughput_tps.regular.500")).isEqualTo(387.0);
    }

    @Test
    void leafAndBranchCannotCollide() {
        ResultRecorder r = new ResultRecorder().put("a", 1);
        assertThatThrownBy(() -> r.put("a.b", 2)).isInstanceOf(IllegalArgumentException.class);
        ResultRecorder r2 = new ResultRecorder().put("a.b", 1);
        assertThatThrownBy(() -> r2.put("a", 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nanIsWrittenAsValidJson() throws Exception {
        String json = Json.mapper().writeValueAsString(Map.of("x", Double.NaN));
        assertThat(Json.mapper().readTree(json).get("x").asText()).isEqualTo("NaN");
    }

    @Test
    void csvQuotesAndChecksWidth() {
        SeriesWriter s = new SeriesWriter("s", List.of("a", "b"));
        s.row(1.0, "x,y").row(2.5, 3);
        assertThat(s.toCsv()).isEqualTo("a,b\n1.0,\"x,y\"\n2.5,3\n");
        assertThatThrownBy(() -> s.row(1.0)).isInstanceOf(IllegalArgumentException.class);
    }
}
