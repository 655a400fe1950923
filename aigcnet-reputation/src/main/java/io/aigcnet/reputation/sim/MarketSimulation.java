package io.aigcnet.reputation.sim;

import io.aigcnet.reputation.selection.Handshake;
import io.aigcnet.reputation.selection.Selection;
import io.aigcnet.reputation.selection.SelectionPolicy;
import io.aigcnet.reputation.store.OpinionStore;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.PermutationSampler;

/**
 * One service round per anchor block: every honest client (in a fresh random order) selects a MASP
 * through the policy and the capacity-limited handshake, is served, judges the output, and its
 * updated opinion enters the store at that block; then the adversary acts; then every honest
 * client's reputation for every MASP is evaluated at that block (eqs. (7)–(12)).
 */
public final class MarketSimulation {
    private final MarketSetup setup;
    private final Service service;
    private final Adversary adversary;
    private final PolicyFactory policyFactory;

    public MarketSimulation(MarketSetup setup, Service service, Adversary adversary, PolicyFactory policyFactory) {
        this.setup = setup;
        this.service = service;
        this.adversary = adversary;
        this.policyFactory = policyFactory;
    }

    public MarketRun run(UniformRandomProvider rng) {
        int n = setup.clients();
        int k = setup.masps();
        double[] sensitivity = setup.sensitivity();
        OpinionStore store = new OpinionStore(n + adversary.identities(), k, setup.params());
        double[][] current = new double[n][k];
        double vacuous = setup.params().uncertaintyWeight();
        for (double[] row : current) {
            java.util.Arrays.fill(row, vacuous);
        }
        long[] tasks = new long[k];
        long[] satisfying = new long[k];
        int[] load = new int[k];
        Handshake capacity = new Handshake() {
            @Override
            public boolean request(int client, int masp) {
                return load[masp] < setup.capacityPerMasp();
            }

            @Override
            public boolean deliverPrompts(int client, int masp) {
                return true;
            }
        };
        SelectionPolicy policy = policyFactory.create((c, m) -> current[c][m], (c, m) -> tasks[m], rng);
        int[] all = new int[k];
        for (int m = 0; m < k; m++) {
            all[m] = m;
        }
        double[][] history = new double[setup.rounds()][k];
        int[][] perRound = new int[setup.rounds()][];
        PermutationSampler order = new PermutationSampler(rng, n, n);
        for (int round = 0; round < setup.rounds(); round++) {
            java.util.Arrays.fill(load, 0);
            for (int client : order.sample()) {
                int masp;
                if (round == 0 && setup.randomFirstRound()) {
                    masp = randomFirst(client, capacity, rng, k);
                } else {
                    Selection s = policy.select(client, all, capacity);
                    masp = s.masp();
                }
                if (masp == Selection.NONE) {
                    continue;
                }
                load[masp]++;
                boolean ok = service.serveAndJudge(client, masp, round, load[masp], rng);
                tasks[masp]++;
                if (ok) {
                    satisfying[masp]++;
                }
                store.recordJudgment(client, masp, round, setup.fee(), ok);
            }
            perRound[round] = load.clone();
            adversary.act(round, n, store);
            for (int m = 0; m < k; m++) {
                double sum = 0;
                for (int c = 0; c < n; c++) {
                    current[c][m] = store.reputation(c, m, round, sensitivity[c]);
                    sum += current[c][m];
                }
                history[round][m] = sum / n;
            }
        }
        return new MarketRun(history, tasks, satisfying, perRound);
    }

    /** The paper's start: each client first picks a MASP uniformly at random (falling through on rejection). */
    private static int randomFirst(int client, Handshake h, UniformRandomProvider rng, int k) {
        int[] perm = PermutationSampler.natural(k);
        PermutationSampler.shuffle(rng, perm);
        for (int m : perm) {
            if (SelectionPolicy.handshake(h, client, m)) {
                return m;
            }
        }
        return Selection.NONE;
    }
}
