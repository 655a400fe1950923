package io.aigcnet.mechanism.contract.service;

import io.aigcnet.mechanism.contract.prosecutor.MarketState;
import io.aigcnet.mechanism.contract.prosecutor.PaymentContract;
import java.util.Locale;

/** The same contract in every round (what the service round paid before contracts were designed). */
public record FixedServiceContract(PaymentContract contract) implements ServiceContract {
    @Override public PaymentContract offer(MarketState state) {
        return contract;
    }

    @Override public String describe() {
        return String.format(Locale.ROOT, "fixed contract mu_s = %.2f, F_s = %.2f", contract.bonusRate(), contract.fixedFee());
    }
}
