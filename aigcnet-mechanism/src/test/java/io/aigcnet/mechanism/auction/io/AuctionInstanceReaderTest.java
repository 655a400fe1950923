package io.aigcnet.mechanism.auction.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.aigcnet.core.config.ConfigException;
import io.aigcnet.mechanism.auction.mechanism.Mechanism;
import io.aigcnet.mechanism.auction.model.MarketParams;
import io.aigcnet.mechanism.auction.offline.Externality;
import io.aigcnet.mechanism.auction.offline.MsbOffline;
import org.junit.jupiter.api.Test;

class AuctionInstanceReaderTest {
    private static final JsonMapper M = JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();
    private static final String AVS = "\"avs\": [{\"bid\": 12, \"tasks\": [{\"w\": 1, \"tau\": 0.2}, {\"w\": 2, \"tau\": 0.5}]},"
            + " {\"bid\": 9, \"tasks\": [{\"w\": 3, \"tau\": 1}]}]";

    private static AuctionInstance parse(String json) throws Exception {
        return AuctionInstanceReader.parse(M.readTree(json), "test.json");
    }

    @Test
    void readsAvsItemsAndDefaults() throws Exception {
        AuctionInstance inst = parse("{\"capacity\": 20, \"rsu_cost\": 0.2, " + AVS
                + ", \"items\": [{\"xi\": 1.2, \"mu\": [1, 2, 3]}]}");
        assertThat(inst.bids()).containsExactly(12, 9);
        assertThat(inst.nTraffic()).isEqualTo(3);
        assertThat(inst.eHat()).isEmpty();
        assertThat(inst.mu0()).isEqualTo(8);
        assertThat(inst.alpha()).isEqualTo(1.5);
    }

    @Test
    void namesTheFieldOfEveryBadValue() {
        assertThatThrownBy(() -> parse("{\"capacity\": 20, \"rsu_cost\": 0.2, " + AVS
                + ", \"items\": [{\"xi\": 1, \"mu\": [1, 2]}, {\"xi\": 1, \"mu\": [1]}]}"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("items[1].mu").hasMessageContaining("2 values");
        assertThatThrownBy(() -> parse("{\"capacity\": 20, " + AVS + "}")).hasMessageContaining("'rsu_cost'")
                .hasMessageContaining("required");
        assertThatThrownBy(() -> parse("{\"capacity\": 20, \"rsu_cost\": 0.2, \"alpha\": 0.5, " + AVS + "}"))
                .hasMessageContaining("'alpha'").hasMessageContaining(">= 1");
        assertThatThrownBy(() -> parse("{\"capacity\": Infinity, \"rsu_cost\": 0.2, " + AVS + "}"))
                .hasMessageContaining("'capacity'").hasMessageContaining("finite");
        assertThatThrownBy(() -> parse("{\"capacity\": 20, \"rsu_cost\": 0.2, \"avs\": [{\"bid\": 1, \"tasks\": []}]}"))
                .hasMessageContaining("'avs[0].tasks'");
        assertThatThrownBy(() -> parse("{\"capacity\": 20, \"rsu_cost\": 0.2, \"avs\": [{\"bid\": 1, \"tasks\": [{\"w\": -1, \"tau\": 1}]}]}"))
                .hasMessageContaining("'avs[0].tasks[0].w'");
    }

    @Test
    void solverComputesEHatForTheMechanismsRuleWhenAbsent() throws Exception {
        AuctionInstance inst = parse("{\"capacity\": 20, \"rsu_cost\": 0.2, " + AVS + "}");
        AuctionSolver.Solved s = AuctionSolver.solve(inst, Mechanism.MTEPVISA);
        MarketParams p = MarketParams.defaults();
        double expected = Externality.estimate(new MsbOffline(1.5, p.contractPrice()), p, Externality.DRAWS, Externality.SEED);
        assertThat(s.eHat()).isCloseTo(expected, within(1e-12));
        assertThat(s.eHatComputed()).isTrue();
        // demands: AV 0 = 1/0.2 + 2/0.5 = 9, AV 1 = 3; both fit in 20
        assertThat(s.online().demand()).containsExactly(9.0, 3.0);
        assertThat(s.online().winners()).containsExactly(0, 1);
        assertThat(s.sales()).isEmpty();
        assertThat(AuctionSolver.solve(parse("{\"capacity\": 20, \"rsu_cost\": 0.2, \"e_hat\": 1, " + AVS + "}"),
                Mechanism.PVISA).eHat()).isEqualTo(1);
    }
}
