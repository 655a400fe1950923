package io.aigcnet.mechanism.auction.experiment;

import io.aigcnet.core.config.Checks;
import io.aigcnet.core.config.ConfigException;
import io.aigcnet.core.config.Validated;
import io.aigcnet.mechanism.auction.model.MarketParams;
import io.aigcnet.mechanism.auction.model.TaskType;

import java.util.List;

/**
 * Every constant of the vehicular-auction experiment (reconstruction §4). {@code seeds} instances
 * per market size ({@code quickSeeds} in the quick form); the online deviation sweep runs at the
 * size of {@code nAvsList} closest to {@code icAvs}; the offline one on {@code icItems} random items.
 */
public record AuctionConfig(int[] nAvsList, int seeds, int quickSeeds, double capacity, double rsuCost,
        List<TaskType> taskTable, double sigmaXi, double sigmaMu, double mu0, double alpha, double rho, int nTraffic,
        int nDriving, int ehatDraws, long ehatSeed, int icAvs, double icOnlineStep, double icOnlineMax,
        int icItems, int quickIcItems, double icOfflineStep, double icOfflineMax, double[] alphaSweep)
        implements Validated {

    public static AuctionConfig defaults() {
        return new AuctionConfig(new int[] {10, 20, 30, 40, 50}, 100, 20, 100, 0.2, TaskType.defaults(), 1.0, 1.0, 8.0,
                1.5, 0.8, 30, 1, 20_000, 12345L, 30, 0.05, 2.0, 2000, 200, 0.1, 3.0,
                new double[] {1.0, 1.2, 1.5, 2.0, 3.0});
    }

    @Override
    public void validate() {
        if (nAvsList == null || nAvsList.length == 0) throw ConfigException.field("n_avs_list", "must be a non-empty list");
        for (int k = 0; k < nAvsList.length; k++) {
            Checks.range("n_avs_list[" + k + "]", nAvsList[k], 1, 10_000);
            if (k > 0 && nAvsList[k] <= nAvsList[k - 1]) throw ConfigException.field("n_avs_list", "must be strictly increasing");
        }
        Checks.range("seeds", seeds, 1, 1_000_000);
        Checks.range("quick_seeds", quickSeeds, 1, 1_000_000);
        Checks.range("capacity", capacity, 0, 100_000); // the Omniscient DP has 10 R cells
        Checks.range("rsu_cost", rsuCost, 0, 1e6);
        Checks.nonEmpty("task_table", taskTable);
        for (int k = 0; k < taskTable.size(); k++) {
            if (taskTable.get(k) == null) throw ConfigException.field("task_table[" + k + "]", "must be a task type");
            taskTable.get(k).validate("task_table[" + k + "]");
        }
        Checks.range("sigma_xi", sigmaXi, 0, 10);
        Checks.range("sigma_mu", sigmaMu, 0, 10);
        Checks.range("mu0", mu0, 0, 1e6);
        Checks.range("alpha", alpha, 1, 1000);
        Checks.range("rho", rho, 0, 1000);
        Checks.range("n_traffic", nTraffic, 1, 10_000);
        Checks.range("n_driving", nDriving, 1, 1); // the model has exactly one driving simulator
        Checks.range("ehat_draws", ehatDraws, 1, 10_000_000);
        Checks.range("ic_n_avs", icAvs, 1, 10_000);
        Checks.range("ic_online_step", icOnlineStep, 1e-6, 10);
        Checks.range("ic_online_max", icOnlineMax, icOnlineStep, 1000);
        Checks.range("ic_items", icItems, 0, 10_000_000);
        Checks.range("quick_ic_items", quickIcItems, 0, 10_000_000);
        Checks.range("ic_offline_step", icOfflineStep, 1e-6, 10);
        Checks.range("ic_offline_max", icOfflineMax, icOfflineStep, 1000);
        if (alphaSweep == null) throw ConfigException.field("alpha_sweep", "must be a list (may be empty)");
        for (int k = 0; k < alphaSweep.length; k++) Checks.range("alpha_sweep[" + k + "]", alphaSweep[k], 1, 1000);
    }

    public MarketParams market() {
        return new MarketParams(capacity, rsuCost, nTraffic, sigmaXi, sigmaMu, mu0, alpha, rho);
    }

    /** The swept size closest to {@code icAvs} (ties to the smaller). */
    public int icSize() {
        int best = nAvsList[0];
        for (int n : nAvsList) if (Math.abs(n - icAvs) < Math.abs(best - icAvs)) best = n;
        return best;
    }
}
