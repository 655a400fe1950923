package io.aigcnet.layer2.channel.sim;

import io.aigcnet.core.runtime.NodeId;
import io.aigcnet.core.runtime.NodeRuntime;
import io.aigcnet.core.runtime.sim.SimWorld;
import io.aigcnet.core.runtime.sim.Simulation;
import io.aigcnet.layer2.channel.ChannelChainHost;
import io.aigcnet.layer2.channel.ChannelParams;
import io.aigcnet.layer2.channel.ChannelWire;
import io.aigcnet.layer2.channel.ClientParty;
import io.aigcnet.layer2.channel.DelayingNetwork;
import io.aigcnet.layer2.channel.MaspParty;
import io.aigcnet.layer2.channel.RoundOutcome;
import io.aigcnet.layer2.channel.Transfer;
import io.aigcnet.layer2.channel.TransferChannelContract;
import io.aigcnet.chain.crypto.Hash;
import io.aigcnet.chain.crypto.KeyPair;
import io.aigcnet.chain.crypto.ModelledSignatures;
import io.aigcnet.chain.crypto.Sha256;
import io.aigcnet.chain.crypto.SignatureScheme;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Runs one client–MASP channel life on the simulated runtime: node 0 is the client, node 1 the MASP,
 * node 2 the anchor chain hosting the Transfer_Channel contract. All randomness derives from one seed
 * through separate streams (network, keys and R, faults), so a seed reproduces the run exactly.
 */
public final class ChannelScenario {
    private static final NodeId CLIENT = NodeId.of(0);
    private static final NodeId MASP = NodeId.of(1);
    private static final NodeId CHAIN = NodeId.of(2);
    /** F_e of the establish transaction, paid by the MASP (ProSecutor §VI-B). */
    public static final long ESTABLISH_FEE = 7;
    private static final long START_BALANCE = 1_000_000;

    private ChannelScenario() {
    }

    public static ScenarioResult run(ScenarioConfig cfg, long seed) {
        UniformRandomProvider root = RandomSource.SPLIT_MIX_64.create(seed);
        UniformRandomProvider netRng = RandomSource.XO_RO_SHI_RO_128_PP.create(root.nextLong());
        UniformRandomProvider keyRng = RandomSource.XO_RO_SHI_RO_128_PP.create(root.nextLong());
        UniformRandomProvider faultRng = RandomSource.XO_RO_SHI_RO_128_PP.create(root.nextLong());
        UniformRandomProvider delayRng = RandomSource.XO_RO_SHI_RO_128_PP.create(root.nextLong());

        Simulation sim = new Simulation(false);
        SimWorld<ChannelWire> world = new SimWorld<>(sim, 3, cfg.network(), netRng, m -> 256);
        SignatureScheme scheme = cfg.realSignatures() ? SignatureScheme.ed25519() : ModelledSignatures.INSTANCE;
        KeyPair ck = KeyPair.generate(keyRng);
        KeyPair mk = KeyPair.generate(keyRng);

        TransferChannelContract contract = new TransferChannelContract(scheme);
        contract.credit(ck.address(), START_BALANCE);
        contract.credit(mk.address(), START_BALANCE);
        long supplyBefore = contract.totalSupply();
        new ChannelChainHost(world.runtime(CHAIN), contract, cfg.blockIntervalNanos(),
                Map.of(ck.address(), CLIENT, mk.address(), MASP));

        List<RoundOutcome> clientRounds = new ArrayList<>();
        List<RoundOutcome> maspRounds = new ArrayList<>();
        Driver[] driverRef = new Driver[1];
        ClientParty client = new ClientParty(delayed(world.runtime(CLIENT), delayRng, cfg), ck, scheme, MASP, CHAIN,
                keyRng, o -> {
                    clientRounds.add(o);
                    driverRef[0].onOutcome(o);
                });
        MaspParty masp = new MaspParty(delayed(world.runtime(MASP), delayRng, cfg), mk, scheme, CLIENT, CHAIN,
                ESTABLISH_FEE, maspRounds::add);
        masp.expectClient(ck.address());

        ChannelParams params = new ChannelParams(ck.address(), mk.address(), cfg.deposit(), seed, cfg.timers());
        client.open(params);

        Map<Hash, Long> offered = new LinkedHashMap<>();
        Driver driver = new Driver(cfg, sim, client, masp, offered, seed);
        driverRef[0] = driver;
        long horizon = scheduleCrashes(cfg, world, sim, client, masp, faultRng);
        sim.after(cfg.thinkNanos(), driver::tick);
        // generous bound: every round at its worst, then a challenge period and some blocks to settle
        long worst = (long) cfg.rounds() * (cfg.timers().lockValidityNanos() + cfg.thinkNanos())
                + 4 * cfg.timers().challengeNanos() + 20 * cfg.blockIntervalNanos() + horizon;
        long step = cfg.blockIntervalNanos();
        while (sim.nanos() < worst && !(client.isSettled() && masp.isSettled())) {
            sim.runUntil(sim.nanos() + step);
        }
        // what the client proves it owns: each bought output's Merkle path to the root settlement registered
        Set<Hash> owned = client.ownedOnChain(contract);
        return new ScenarioResult(clientRounds, maspRounds, client.isSettled() ? client.settlement() : masp.settlement(),
                supplyBefore, contract.totalSupply(), START_BALANCE, contract.balance(ck.address()), START_BALANCE,
                contract.balance(mk.address()), contract.feesCollected(), offered, owned, driver.latencies, driver.aborts, sim.nanos());
    }

    private static NodeRuntime<ChannelWire> delayed(NodeRuntime<ChannelWire> rt, UniformRandomProvider rng,
                                                   ScenarioConfig cfg) {
        if (cfg.delayProbability() == 0) {
            return rt;
        }
        return new NodeRuntime<>(rt.clock(), rt.scheduler(),
                new DelayingNetwork<>(rt.network(), rt.scheduler(), rng, cfg.delayProbability(), cfg.delayNanos()));
    }

    /** Crash-restart faults at random times over the expected busy period; returns that period. */
    private static long scheduleCrashes(ScenarioConfig cfg, SimWorld<ChannelWire> world, Simulation sim,
                                        ClientParty client, MaspParty masp, UniformRandomProvider rng) {
        long busy = 2 * cfg.blockIntervalNanos() + (long) cfg.rounds()
                * (cfg.thinkNanos() + 6 * Math.max(cfg.network().latencyNanos(), 1_000_000L) + cfg.delayNanos());
        for (int i = 0; i < cfg.crashes(); i++) {
            boolean clientSide = rng.nextBoolean();
            long at = (long) (rng.nextDouble() * busy);
            long dur = 1 + (long) (rng.nextDouble() * cfg.maxCrashNanos());
            NodeId id = clientSide ? CLIENT : MASP;
            world.at(at, () -> {
                if (world.isDown(id)) {
                    return;
                }
                world.crash(id);
                if (clientSide) {
                    client.crash();
                } else {
                    masp.crash();
                }
                world.at(sim.nanos() + dur, () -> {
                    world.restart(id);
                    if (clientSide) {
                        client.recover();
                    } else {
                        masp.recover();
                    }
                });
            });
        }
        return busy;
    }

    /** Attempts per transfer: a rolled-back transfer is retried with a fresh R up to this many times. */
    public static final int MAX_ATTEMPTS = 5;

    /** Requests transfers one after another (retrying rolled-back ones), then closes (honestly or stale). */
    private static final class Driver {
        private final ScenarioConfig cfg;
        private final Simulation sim;
        private final ClientParty client;
        private final MaspParty masp;
        private final Map<Hash, Long> offered;
        private final long seed;
        private int attempted;
        private boolean closed;
        private Transfer current;
        private int attemptsOfCurrent;
        private long firstStart;
        final Map<Hash, Long> latencies = new LinkedHashMap<>();
        /** Transfers abandoned after every attempt rolled back: first attempt to the last rollback. */
        final Map<Hash, Long> aborts = new LinkedHashMap<>();

        void onOutcome(RoundOutcome o) {
            if (current != null && o.transfer().equals(current) && o.completed()) {
                latencies.put(current.outputKey(), sim.nanos() - firstStart);
                current = null;
            }
        }

        Driver(ScenarioConfig cfg, Simulation sim, ClientParty client, MaspParty masp, Map<Hash, Long> offered, long seed) {
            this.cfg = cfg;
            this.sim = sim;
            this.client = client;
            this.masp = masp;
            this.offered = offered;
            this.seed = seed;
        }

        void tick() {
            if (closed || client.isSettled()) {
                return;
            }
            if (client.closing()) {
                return; // the client enforced a round on chain; nothing more to drive
            }
            if (client.ready()) {
                if (current != null && attemptsOfCurrent >= MAX_ATTEMPTS) {
                    aborts.put(current.outputKey(), sim.nanos() - firstStart); // the last attempt rolled back
                    current = null;
                }
                if (current != null && attemptsOfCurrent < MAX_ATTEMPTS) {
                    if (client.pay(current)) { // the previous attempt rolled back: retry with a fresh R
                        attemptsOfCurrent++;
                    }
                } else if (attempted < cfg.rounds()) {
                    Hash key = Sha256.hash(("output " + seed + "/" + attempted).getBytes(StandardCharsets.UTF_8));
                    Transfer t = new Transfer(key, cfg.fee());
                    offered.put(key, t.fee());
                    masp.offer(t); // step 2 of P2: the MASP stored the output and may sell it
                    if (client.pay(t)) {
                        attempted++;
                        current = t;
                        attemptsOfCurrent = 1;
                        firstStart = sim.nanos();
                    }
                } else {
                    close();
                    return;
                }
            }
            sim.after(cfg.thinkNanos(), this::tick);
        }

        private void close() {
            closed = true;
            boolean done = switch (cfg.staleClose()) {
                case 1 -> client.closeStale();
                case 2 -> masp.closeStale();
                default -> {
                    client.close();
                    yield true;
                }
            };
            if (!done) {
                closed = false; // the attacker is down or has not seen the channel open yet: try again
                sim.after(cfg.thinkNanos(), this::tick);
            }
        }
    }
}
