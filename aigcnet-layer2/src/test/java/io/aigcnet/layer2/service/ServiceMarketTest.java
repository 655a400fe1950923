package io.aigcnet.layer2.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.aigcnet.layer2.service.sim.RoundRecord;
import io.aigcnet.layer2.service.sim.ServiceMarket;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceMarketTest {
    @Test
    void serviceRoundsRunEndToEndAndReputationFollowsCapability() {
        ServiceMarket m = new ServiceMarket(11, 4, 8, 4, 0.3);
        long supply = m.contract().totalSupply();
        m.run(240);
        List<RoundRecord> rs = m.rounds();
        System.out.printf("service rounds: %d, reputation by MASP (4..40 steps):", rs.size());
        for (int j = 0; j < 8; j++) {
            System.out.printf(" %.3f", m.reputation(j));
        }
        System.out.println();
        assertThat(rs.size()).isGreaterThan(100);
        assertThat(m.contract().totalSupply()).isEqualTo(supply);
        // reputation from the roll-up ranks the 40-step MASP above the 4-step one
        assertThat(m.reputation(7)).isGreaterThan(m.reputation(0));
        assertThat(m.lane().ledger().rollups()).isNotEmpty();
        // once channels exist, a transfer is a sub-second channel round; new channels wait for the establish block
        double reused = rs.stream().filter(r -> !r.newChannel()).mapToDouble(RoundRecord::channelS).max().orElseThrow();
        double fresh = rs.stream().filter(RoundRecord::newChannel).mapToDouble(RoundRecord::channelS).min().orElseThrow();
        assertThat(reused).isLessThan(1.0);
        assertThat(fresh).isGreaterThan(reused);
        // selection concentrates on the better half of the MASPs in the second half of the run
        long late = rs.stream().filter(r -> r.startS() > 120).count();
        long lateGood = rs.stream().filter(r -> r.startS() > 120 && r.masp() >= 4).count();
        assertThat(lateGood).isGreaterThan(late / 2);
    }
}
