package io.aigcnet.mechanism.contract.service;

import io.aigcnet.mechanism.contract.agent.ContractDesigner;
import io.aigcnet.mechanism.contract.agent.PolicyCheckpoint;
import io.aigcnet.mechanism.contract.prosecutor.MarketState;
import io.aigcnet.mechanism.contract.prosecutor.PaymentContract;
import java.io.IOException;
import java.nio.file.Path;

/** A trained contract designer (the diffusion policy, PPO or SAC) loaded from a checkpoint. */
public final class LearnedServiceContract implements ServiceContract {
    private final ContractDesigner designer;
    private final String description;

    public LearnedServiceContract(ContractDesigner designer, String description) {
        this.designer = designer;
        this.description = description;
    }

    /** Loads a checkpoint written by {@link PolicyCheckpoint#save}; the error names the file. */
    public static LearnedServiceContract load(Path checkpoint) throws IOException {
        return new LearnedServiceContract(PolicyCheckpoint.load(checkpoint), "trained policy from " + checkpoint.getFileName());
    }

    @Override public PaymentContract offer(MarketState state) {
        double[] c = designer.design(state.toVector());
        return new PaymentContract(c[0], c[1]);
    }

    @Override public String describe() { return description; }

    @Override public void close() { designer.close(); }
}
