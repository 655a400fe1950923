package io.aigcnet.reputation.store;

import io.aigcnet.reputation.mwsl.FactorWeights;
import io.aigcnet.reputation.mwsl.MwslParams;
import io.aigcnet.reputation.mwsl.Opinion;
import io.aigcnet.reputation.mwsl.ReferenceOpinion;
import io.aigcnet.reputation.mwsl.ReputationResult;
import io.aigcnet.reputation.mwsl.SubjectiveLogic;
import io.aigcnet.reputation.mwsl.WeightingFactors;

/**
 * Opinions of a fixed population of clients (0..clients−1) on a fixed set of MASPs (0..masps−1),
 * updated one judgment batch at a time.
 *
 * <p>Market worth (eq. (9)) sums the fees of k's earlier opinions, each decayed by θ^age. Instead of
 * keeping the history, the store keeps that sum already decayed to the block of k's latest opinion:
 * when a new opinion arrives at block b, the previous latest opinion (fee f0, block b0) joins the
 * history, so W ← (W + f0)·θ^((b − b0)·interval). At query time W·θ^((L − b)·interval) is the exact
 * eq. (9) value, and θ^((L − b)·interval) is also the freshness of the opinion, so one exponential per
 * reference opinion serves both factors.
 */
public final class OpinionStore {
    private final int clients;
    private final int masps;
    private final MwslParams params;
    private final double logBasePerBlock;
    private final FactorWeights mu;

    // per MASP j, per client k, index j * clients + k
    private final int[] positive;
    private final int[] negative;
    private final long[] block;
    private final double[] latestFee;
    private final double[] worthAtBlock;
    // per MASP: clients with an opinion, in arrival order, and the running interaction total
    private final int[][] members;
    private final int[] memberCount;
    private final long[] totalInteractions;
    private long latestBlockSeen = Long.MIN_VALUE;

    public OpinionStore(int clients, int masps, MwslParams params) {
        if (clients < 1 || masps < 1) {
            throw new IllegalArgumentException("need at least one client and one MASP, got " + clients + " and " + masps);
        }
        long cells = (long) clients * masps;
        if (cells > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("clients x MASPs = " + cells + " is too large for one store");
        }
        this.clients = clients;
        this.masps = masps;
        this.params = params;
        this.mu = params.factorWeights();
        this.logBasePerBlock = Math.log(params.freshnessBase()) * params.blockIntervalSeconds();
        int n = (int) cells;
        positive = new int[n];
        negative = new int[n];
        block = new long[n];
        latestFee = new double[n];
        worthAtBlock = new double[n];
        members = new int[masps][];
        memberCount = new int[masps];
        totalInteractions = new long[masps];
        for (int j = 0; j < masps; j++) {
            members[j] = new int[Math.min(clients, 16)];
        }
    }

    public int clients() {
        return clients;
    }

    public int masps() {
        return masps;
    }

    public MwslParams params() {
        return params;
    }

    /**
     * Records client k's updated opinion on MASP j: {@code positiveJudgments} satisfying and
     * {@code negativeJudgments} flawed outputs since its previous opinion, sent at {@code atBlock} for
     * a service that cost {@code fee}. O(1).
     */
    public void record(int client, int masp, long atBlock, double fee, int positiveJudgments, int negativeJudgments) {
        int cell = cell(client, masp);
        if (positiveJudgments < 0 || negativeJudgments < 0 || positiveJudgments + negativeJudgments == 0) {
            throw new IllegalArgumentException("an opinion update needs >= 1 judgment and no negative counts, got p="
                    + positiveJudgments + ", n=" + negativeJudgments);
        }
        if (!(fee >= 0) || Double.isInfinite(fee)) {
            throw new IllegalArgumentException("fee must be finite and >= 0, got " + fee);
        }
        boolean first = positive[cell] == 0 && negative[cell] == 0;
        if (first) {
            addMember(masp, client);
            worthAtBlock[cell] = 0;
        } else {
            long previous = block[cell];
            if (atBlock < previous) {
                throw new IllegalArgumentException("opinion of client " + client + " on MASP " + masp + " at block " + atBlock
                        + " is older than its previous one at block " + previous);
            }
            worthAtBlock[cell] = (worthAtBlock[cell] + latestFee[cell]) * decay(atBlock - previous);
        }
        positive[cell] += positiveJudgments;
        negative[cell] += negativeJudgments;
        block[cell] = atBlock;
        latestFee[cell] = fee;
        totalInteractions[masp] += positiveJudgments + negativeJudgments;
        if (atBlock > latestBlockSeen) {
            latestBlockSeen = atBlock;
        }
    }

    /** Convenience for one boolean judgment. */
    public void recordJudgment(int client, int masp, long atBlock, double fee, boolean satisfying) {
        record(client, masp, atBlock, fee, satisfying ? 1 : 0, satisfying ? 0 : 1);
    }

    public long interactions(int client, int masp) {
        int cell = cell(client, masp);
        return (long) positive[cell] + negative[cell];
    }

    public long totalInteractions(int masp) {
        checkMasp(masp);
        return totalInteractions[masp];
    }

    public Opinion localOpinion(int client, int masp) {
        int cell = cell(client, masp);
        return SubjectiveLogic.localOpinion(positive[cell], negative[cell]);
    }

    public double familiarity(int client, int masp) {
        return WeightingFactors.familiarity(interactions(client, masp), totalInteractions[masp]);
    }

    /** Freshness of k's latest opinion on j at {@code latestBlock}; 0 if k has no opinion on j. */
    public double freshness(int client, int masp, long latestBlock) {
        int cell = cell(client, masp);
        if (positive[cell] + negative[cell] == 0) {
            return 0.0;
        }
        return WeightingFactors.freshness(params.freshnessBase(),
                WeightingFactors.ageSeconds(latestBlock, block[cell], params.blockIntervalSeconds()));
    }

    /** Market worth (eq. (9)) of k's earlier opinions on j at {@code latestBlock}. */
    public double marketWorth(int client, int masp, long latestBlock) {
        int cell = cell(client, masp);
        if (positive[cell] + negative[cell] == 0) {
            return 0.0;
        }
        checkLatest(latestBlock);
        return worthAtBlock[cell] * decay(latestBlock - block[cell]);
    }

    /** Number of clients with an opinion on j. */
    public int opinionCount(int masp) {
        checkMasp(masp);
        return memberCount[masp];
    }

    /** Eq. (10) over every client k ≠ {@code client} with an opinion on {@code masp}. */
    public Opinion referenceOpinion(int client, int masp, long latestBlock, double sensitivity) {
        checkMasp(masp);
        checkLatest(latestBlock);
        int[] list = members[masp];
        int count = memberCount[masp];
        int base = masp * clients;
        long total = totalInteractions[masp];
        ReferenceOpinion reference = new ReferenceOpinion();
        for (int m = 0; m < count; m++) {
            int k = list[m];
            if (k == client) {
                continue;
            }
            int cell = base + k;
            int p = positive[cell];
            int n = negative[cell];
            double fresh = decay(latestBlock - block[cell]);
            double familiarity = WeightingFactors.familiarity(p + n, total);
            double weight = WeightingFactors.weight(mu, familiarity, fresh, worthAtBlock[cell] * fresh);
            reference.add(weight, SubjectiveLogic.localOpinion(p, n));
        }
        return reference.result(sensitivity);
    }

    /** The full query of Algorithm 2's first procedure: eqs. (7), (10), (11), (12). */
    public ReputationResult query(int client, int masp, long latestBlock, double sensitivity) {
        Opinion local = localOpinion(client, masp);
        Opinion reference = referenceOpinion(client, masp, latestBlock, sensitivity);
        return ReputationResult.of(local, reference, params.uncertaintyWeight());
    }

    public double reputation(int client, int masp, long latestBlock, double sensitivity) {
        return query(client, masp, latestBlock, sensitivity).reputation();
    }

    /**
     * θ^(blocks·interval): the freshness factor of eq. (8) for an age of {@code blocks} blocks, as
     * exp(blocks·interval·ln θ) with ln θ taken once per store (tests check it equals
     * {@link WeightingFactors#freshness}).
     */
    private double decay(long blocks) {
        return Math.exp(blocks * logBasePerBlock);
    }

    private void addMember(int masp, int client) {
        int[] list = members[masp];
        if (memberCount[masp] == list.length) {
            list = java.util.Arrays.copyOf(list, Math.min(clients, Math.max(16, list.length * 2)));
            members[masp] = list;
        }
        list[memberCount[masp]++] = client;
    }

    private int cell(int client, int masp) {
        if (client < 0 || client >= clients) {
            throw new IllegalArgumentException("client index must be in [0, " + (clients - 1) + "], got " + client);
        }
        checkMasp(masp);
        return masp * clients + client;
    }

    private void checkMasp(int masp) {
        if (masp < 0 || masp >= masps) {
            throw new IllegalArgumentException("MASP index must be in [0, " + (masps - 1) + "], got " + masp);
        }
    }

    private void checkLatest(long latestBlock) {
        if (latestBlock < latestBlockSeen) {
            throw new IllegalArgumentException("latest block " + latestBlock + " is before an opinion recorded at block " + latestBlockSeen);
        }
    }
}
