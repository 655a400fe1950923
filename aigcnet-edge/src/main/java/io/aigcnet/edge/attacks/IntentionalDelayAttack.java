package io.aigcnet.edge.attacks;

import io.aigcnet.chain.crypto.Address;
import io.aigcnet.chain.crypto.Hash;
import io.aigcnet.chain.crypto.KeyPair;
import io.aigcnet.chain.crypto.Sha256;
import io.aigcnet.chain.crypto.SignatureScheme;
import io.aigcnet.core.runtime.NodeId;
import io.aigcnet.core.runtime.NodeRuntime;
import io.aigcnet.core.runtime.sim.NetworkModel;
import io.aigcnet.core.runtime.sim.SimWorld;
import io.aigcnet.core.runtime.sim.Simulation;
import io.aigcnet.layer2.channel.ChannelChainHost;
import io.aigcnet.layer2.channel.ChannelParams;
import io.aigcnet.layer2.channel.ChannelTimers;
import io.aigcnet.layer2.channel.ChannelWire;
import io.aigcnet.layer2.channel.DelayingNetwork;
import io.aigcnet.layer2.channel.ClientParty;
import io.aigcnet.layer2.channel.MaspParty;
import io.aigcnet.layer2.channel.RoundOutcome;
import io.aigcnet.layer2.channel.Transfer;
import io.aigcnet.layer2.channel.TransferChannelContract;
import io.aigcnet.layer2.channel.sim.ChannelScenario;
import io.aigcnet.layer2.channel.sim.ScenarioResult;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Intentional delay (ProSecutor Table II, defence: a timer for each instruction). A client opens a transfer channel
 * with a MASP and then, in every round, holds back its fee lock (its signature on the updated balance, the
 * paper's Step 4 of Fig. 10(a)) for {@code stallS} seconds, while the MASP's output is already locked for it.
 * With the defence every instruction has the default channel timers; without it the step timers are so long that
 * they never fire within the run (the challenge period of a close is the same in both). The channel is the real
 * one of aigcnet-layer2: client, MASP and the channel contract on a simulated anchor chain.
 */
public final class IntentionalDelayAttack {
    private static final NodeId CLIENT = NodeId.of(0);
    private static final NodeId MASP = NodeId.of(1);
    private static final NodeId CHAIN = NodeId.of(2);
    private static final long S = 1_000_000_000L;
    private static final long START_BALANCE = 1_000_000;
    private static final long FEE = 100;
    /** A step timer that never fires within a run: ~31.7 years. */
    static final long NEVER = 1_000_000_000L * S;

    /** The MASP's lock time per round, and whether every transfer was atomic. */
    public record Run(double maxLockSeconds, double meanLockSeconds, int roundsStarted, int roundsCompleted, int roundsRolledBack,
            long transfers, long atomic, double endSeconds) {
    }

    private final AttacksConfig.Delay cfg;
    private final long seed;

    public IntentionalDelayAttack(AttacksConfig.Delay cfg, long seed) {
        this.cfg = cfg;
        this.seed = seed;
    }

    /** The defence: the default per-instruction timers. */
    public static ChannelTimers defended() {
        return ChannelTimers.defaults();
    }

    /** The defence removed: step timers (and the lock validity that must exceed them) that never fire. */
    public static ChannelTimers removed() {
        ChannelTimers d = ChannelTimers.defaults();
        return new ChannelTimers(NEVER, NEVER, NEVER, NEVER, NEVER, 3 * NEVER, d.challengeNanos(), d.maxRetries());
    }

    /** The bound a defended MASP's lock must stay under: the sum of the default step timers. */
    public static long lockBoundNanos() {
        ChannelTimers t = defended();
        return t.lockNanos() + t.feeLockNanos() + t.updateNanos() + t.revealNanos() + t.claimNanos();
    }

    public Run channel(ChannelTimers timers) {
        UniformRandomProvider root = RandomSource.SPLIT_MIX_64.create(seed);
        UniformRandomProvider netRng = RandomSource.XO_RO_SHI_RO_128_PP.create(root.nextLong());
        UniformRandomProvider keyRng = RandomSource.XO_RO_SHI_RO_128_PP.create(root.nextLong());
        Simulation sim = new Simulation(false);
        SimWorld<ChannelWire> world = new SimWorld<>(sim, 3, NetworkModel.lan(), netRng, m -> 256);
        SignatureScheme scheme = SignatureScheme.ed25519();
        KeyPair ck = KeyPair.generate(keyRng);
        KeyPair mk = KeyPair.generate(keyRng);
        TransferChannelContract contract = new TransferChannelContract(scheme);
        contract.credit(ck.address(), START_BALANCE);
        contract.credit(mk.address(), START_BALANCE);
        long supplyBefore = contract.totalSupply();
        new ChannelChainHost(world.runtime(CHAIN), contract, S, Map.<Address, NodeId>of(ck.address(), CLIENT, mk.address(), MASP));
        NodeRuntime<ChannelWire> crt = world.runtime(CLIENT);
        NodeRuntime<ChannelWire> stalling = new NodeRuntime<>(crt.clock(), crt.scheduler(),
                // the client's every fee lock (Step 4) leaves stallS late
                DelayingNetwork.always(crt.network(), crt.scheduler(), (long) (cfg.stallS() * S), m -> m instanceof ChannelWire.FeeLock));
        List<RoundOutcome> clientRounds = new ArrayList<>();
        List<RoundOutcome> maspRounds = new ArrayList<>();
        ClientParty client = new ClientParty(stalling, ck, scheme, MASP, CHAIN, keyRng, clientRounds::add);
        MaspParty masp = new MaspParty(world.runtime(MASP), mk, scheme, CLIENT, CHAIN, ChannelScenario.ESTABLISH_FEE, maspRounds::add);
        masp.expectClient(ck.address());
        client.open(new ChannelParams(ck.address(), mk.address(), FEE * cfg.rounds(), seed, timers));

        Map<Hash, Long> offered = new LinkedHashMap<>();
        int[] started = new int[1];
        boolean[] closed = new boolean[1];
        long think = 50_000_000L;
        Runnable[] tick = new Runnable[1];
        tick[0] = () -> {
            if (closed[0] || client.isSettled() || client.closing()) {
                return;
            }
            if (client.ready()) {
                if (started[0] < cfg.rounds()) {
                    Hash key = Sha256.hash(("output " + seed + "/" + started[0]).getBytes(StandardCharsets.UTF_8));
                    Transfer t = new Transfer(key, FEE);
                    offered.put(key, FEE);
                    masp.offer(t);
                    if (client.pay(t)) {
                        started[0]++;
                    }
                } else {
                    closed[0] = true;
                    client.close();
                    return;
                }
            }
            sim.after(think, tick[0]);
        };
        sim.after(think, tick[0]);
        long horizon = (long) (cfg.horizonS() * S);
        while (sim.nanos() < horizon && !(client.isSettled() && masp.isSettled())) {
            sim.runUntil(Math.min(horizon, sim.nanos() + S));
        }
        Set<Hash> owned = client.ownedOnChain(contract);
        ScenarioResult res = new ScenarioResult(clientRounds, maspRounds, client.isSettled() ? client.settlement() : masp.settlement(),
                supplyBefore, contract.totalSupply(), START_BALANCE, contract.balance(ck.address()), START_BALANCE,
                contract.balance(mk.address()), contract.feesCollected(), offered, owned, Map.of(), Map.of(), sim.nanos());
        long[] atomicity = res.atomicity(ChannelScenario.ESTABLISH_FEE);
        double max = 0;
        double sum = 0;
        int done = 0;
        int back = 0;
        for (RoundOutcome o : maspRounds) {
            max = Math.max(max, o.latencyNanos() / 1e9);
            sum += o.latencyNanos() / 1e9;
            if (o.completed()) {
                done++;
            } else {
                back++;
            }
        }
        if (maspRounds.size() < started[0]) {
            // a round the MASP never saw end: its output stays locked until the end of the run at least
            max = Math.max(max, cfg.horizonS());
        }
        return new Run(max, maspRounds.isEmpty() ? 0 : sum / maspRounds.size(), started[0], done, back, atomicity[0], atomicity[1],
                sim.nanos() / 1e9);
    }

    /** Defended when no MASP round stays locked longer than the default step timers add up to, and every transfer is atomic. */
    public AttackOutcome run() {
        return new AttackOutcome("intentional_delay", "Intentional delay", "a timer for each channel instruction (2 s each); removed: "
                + "step timers that never fire", "s",
                "longest time the MASP's locked output waited on one round for the stalling client",
                String.format(Locale.ROOT, "longest lock <= %.0f s (the five step timers added up) and 100%% of transfers atomic",
                        lockBoundNanos() / 1e9),
                false, "", trial(channel(defended()), "timers on"), trial(channel(removed()), "timers removed"));
    }

    private Trial trial(Run r, String how) {
        boolean atomic = r.transfers() == r.atomic();
        boolean ok = r.maxLockSeconds() <= lockBoundNanos() / 1e9 && atomic;
        return new Trial(r.maxLockSeconds(), ok, String.format(Locale.ROOT,
                "%s: the client stalls each fee lock %.0f s; %d rounds started, the MASP completed %d and rolled back %d; its output "
                        + "waited %.1f s at most (%.1f s mean); %d of %d transfers atomic; channel settled after %.0f s", how, cfg.stallS(),
                r.roundsStarted(), r.roundsCompleted(), r.roundsRolledBack(), r.maxLockSeconds(), r.meanLockSeconds(), r.atomic(),
                r.transfers(), r.endSeconds()));
    }
}
