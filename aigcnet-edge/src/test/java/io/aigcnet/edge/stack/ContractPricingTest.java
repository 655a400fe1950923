package io.aigcnet.edge.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.aigcnet.layer2.service.FixedContract;
import io.aigcnet.layer2.service.RoundPricing;
import io.aigcnet.layer2.service.sim.RoundRecord;
import io.aigcnet.layer2.service.sim.ServiceMarket;
import io.aigcnet.mechanism.contract.prosecutor.MarketState;
import io.aigcnet.mechanism.contract.prosecutor.PaymentContract;
import io.aigcnet.mechanism.contract.prosecutor.PaymentModel;
import io.aigcnet.mechanism.contract.prosecutor.ProsecutorContractSolver;
import io.aigcnet.mechanism.contract.prosecutor.ProsecutorParams;
import io.aigcnet.mechanism.contract.service.FixedServiceContract;
import io.aigcnet.mechanism.contract.service.OptimalServiceContract;
import org.junit.jupiter.api.Test;

class ContractPricingTest {
    @Test
    void theServiceRoundPaysEq13OfTheOfferedContractWithTheMeasuredOs2a() {
        ContractPricing p = new ContractPricing(new FixedServiceContract(new PaymentContract(100, 10)), ProsecutorParams.defaults(),
                MarketState.reference());
        var c = (FixedContract) p.offer(new RoundPricing.Terms(0, 1, 3, 2.0, 8, 5.0));
        assertThat(c.basicFee(2.0)).isCloseTo(10, within(1e-12)); // F_s per task, carried per unit of difficulty
        assertThat(c.bonusRate()).isEqualTo(100);
        ServiceMarket m = new ServiceMarket(3, 2, 3, 3, 0.3, p);
        m.run(60);
        var s = p.summary();
        long n = (long) s.get("rounds");
        assertThat(n).isGreaterThan(5);
        // eq. (13) by hand on the means: I = F_s + mu_s·OS²A, each fee rounded to whole units (|error| ≤ 0.5)
        assertThat((double) s.get("mean_fee")).isCloseTo(10 + 100 * (double) s.get("mean_measured_os2a"), within(0.5));
        assertThat(m.rounds()).allSatisfy((RoundRecord r) -> assertThat(r.fee()).isBetween(10L, 110L));
    }

    @Test
    void theExactOptimumIsTheSolversContractForTheRoundsState() {
        ProsecutorParams params = ProsecutorParams.defaults();
        ContractPricing p = new ContractPricing(new OptimalServiceContract(params), params, MarketState.reference());
        RoundPricing.Terms t = new RoundPricing.Terms(1, 2, 4, 1.0, 8, 5.0);
        MarketState s = p.state(t);
        assertThat(s.round()).isEqualTo(4);
        assertThat(s.masps()).isEqualTo(8);
        assertThat(s.blockRate()).isCloseTo(0.2, within(1e-12));
        PaymentContract exact = ProsecutorContractSolver.solve(new PaymentModel(s, params)).contract();
        var c = (FixedContract) p.offer(t);
        assertThat(c.bonusRate()).isCloseTo(exact.bonusRate(), within(1e-9));
        assertThat(c.basicFee(1.0)).isCloseTo(exact.fixedFee(), within(1e-9));
        p.settled(t, c, 0.7, c.serviceFee(1.0, 0.7));
        assertThat((long) p.summary().get("rounds")).isEqualTo(1);
        assertThat((double) p.summary().get("mean_client_utility")).isFinite();
    }
}
