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

    @Test
    void eachRoundPaysTheContractItsPricingOfferedWithTheMeasuredOs2a() {
        // a pricing that changes the contract with the pair's round index, and records what each round paid
        java.util.List<long[]> paid = new java.util.ArrayList<>();
        RoundPricing pricing = new RoundPricing() {
            @Override public ServiceContract offer(Terms terms) {
                return new FixedContract(10 + terms.roundOfPair(), 100);
            }

            @Override public void settled(Terms terms, ServiceContract contract, double os2a, long fee) {
                // eq. (13) by hand: I = F_s(D) + mu_s·OS²A, rounded; F_s(D) = (10 + ζ)·D with D = 1
                assertThat(fee).isEqualTo(Math.round((10 + terms.roundOfPair()) * terms.difficulty() + 100 * os2a));
                paid.add(new long[] {terms.client(), terms.masp(), terms.roundOfPair(), fee});
            }

            @Override public String describe() {
                return "test pricing";
            }
        };
        ServiceMarket m = new ServiceMarket(5, 2, 3, 3, 0.3, pricing);
        m.run(60);
        assertThat(paid).hasSizeGreaterThan(10);
        assertThat(m.pricing()).isSameAs(pricing);
        // the round index counts per client–MASP pair and the fees the channels carried are the ones settled
        assertThat(paid.stream().mapToLong(p -> p[2]).max().orElseThrow()).isGreaterThan(1);
        List<RoundRecord> rs = m.rounds();
        assertThat(rs.size()).isLessThanOrEqualTo(paid.size());
        java.util.Set<Long> settledFees = new java.util.HashSet<>();
        paid.forEach(p -> settledFees.add(Math.max(1, p[3])));
        assertThat(rs).allSatisfy(r -> assertThat(settledFees).contains(r.fee()));
    }
}
