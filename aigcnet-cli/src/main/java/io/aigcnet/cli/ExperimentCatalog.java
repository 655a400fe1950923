package io.aigcnet.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.aigcnet.core.experiment.Experiment;

/** Every reproducible experiment, gathered from the modules (the composition root). */
public final class ExperimentCatalog {
    private ExperimentCatalog() {}

    public static List<Experiment> all() {
        List<Experiment> all = new ArrayList<>();
        all.addAll(io.aigcnet.reputation.experiment.ReputationExperiments.all());
        all.addAll(io.aigcnet.learn.experiment.LearnExperiments.all());
        all.addAll(io.aigcnet.mechanism.datasharing.experiment.DataSharingExperiments.all());
        all.addAll(io.aigcnet.mechanism.qoe.experiment.QoeExperiments.all());
        all.addAll(io.aigcnet.chain.experiment.ChainExperiments.all());
        all.addAll(io.aigcnet.layer2.experiment.Layer2Experiments.all());
        all.addAll(io.aigcnet.mechanism.auction.experiment.AuctionExperiments.all());
        all.addAll(io.aigcnet.mechanism.contract.experiment.ContractExperiments.all());
        all.addAll(io.aigcnet.semcom.experiment.GSemComExperiments.all());
        all.addAll(io.aigcnet.lifecycle.experiment.LifecycleExperiments.all());
        all.addAll(io.aigcnet.edge.experiment.EdgeExperiments.all());
        all.addAll(io.aigcnet.edge.attacks.AttackExperiments.all());
        Map<String, Experiment> byId = new LinkedHashMap<>();
        for (Experiment e : all) {
            if (byId.putIfAbsent(e.id(), e) != null) throw new IllegalStateException("duplicate experiment id " + e.id());
        }
        return List.copyOf(byId.values());
    }

    public static Optional<Experiment> find(String id) {
        return all().stream().filter(e -> e.id().equals(id)).findFirst();
    }
}
