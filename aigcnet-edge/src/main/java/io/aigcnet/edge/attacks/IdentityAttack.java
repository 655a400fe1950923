package io.aigcnet.edge.attacks;

import io.aigcnet.chain.codec.ByteReader;
import io.aigcnet.chain.codec.ByteWriter;
import io.aigcnet.chain.codec.DecodeException;
import io.aigcnet.chain.consensus.NodeOptions;
import io.aigcnet.chain.crypto.Address;
import io.aigcnet.chain.crypto.KeyPair;
import io.aigcnet.chain.crypto.Sha256;
import io.aigcnet.chain.crypto.Signature;
import io.aigcnet.chain.crypto.SignatureScheme;
import io.aigcnet.chain.sim.SimChain;
import io.aigcnet.chain.store.MemoryLedgerStore;
import io.aigcnet.chain.tx.Transaction;
import io.aigcnet.chain.tx.TxType;
import io.aigcnet.core.runtime.sim.NetworkModel;
import io.aigcnet.core.runtime.sim.Simulation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * The identity attack (ProSecutor Table II, defence: public-private key pairs and signatures; Ed25519 here, A-1).
 * An attacker who knows a victim's address but not its private key tries to spend from the victim's account on a
 * running simulated chain:
 * <ul>
 * <li>forgery: a transfer from the victim to the attacker, signed with the attacker's own key;</li>
 * <li>tampering: the victim's own signed transfers to a merchant, intercepted before they reach the chain, with the
 * receiver and value rewritten (the victim's signature kept);</li>
 * <li>replay: the victim's executed transfers sent again.</li>
 * </ul>
 * Without the defence the nodes run the same admission and execution rules with a signature check that accepts
 * anything: fee, payload, nonce and balance rules stay.
 */
public final class IdentityAttack {
    private static final long BALANCE = 1_000_000L;
    private static final long S = 1_000_000_000L;

    /** What the chain did with the attacker's transactions. */
    public record Run(long stolen, int submitted, int admitted, long victimLoss) {
    }

    /** A signature scheme that signs with Ed25519 and accepts every signature: the defence removed. */
    static final SignatureScheme ACCEPT_ANY = new SignatureScheme() {
        @Override
        public Signature sign(KeyPair keys, byte[] message) {
            return SignatureScheme.ed25519().sign(keys, message);
        }

        @Override
        public boolean verify(Address signer, byte[] message, Signature signature) {
            return true;
        }
    };

    private final AttacksConfig.Identity cfg;
    private final long seed;

    public IdentityAttack(AttacksConfig.Identity cfg, long seed) {
        this.cfg = cfg;
        this.seed = seed;
    }

    /** A transaction as it would arrive from the wire: any sender, any signature, the id recomputed by the decoder. */
    static Transaction raw(Address sender, Address receiver, long nonce, long fee, long value, Signature sig) {
        ByteWriter w = new ByteWriter(256);
        w.u8(TxType.TRANSFER.code()).address(sender).address(receiver).i64(nonce).i64(fee).i64(value).bytes(new byte[0]);
        w.signature(sig);
        try {
            return Transaction.decode(new ByteReader(w.toByteArray()));
        } catch (DecodeException e) {
            throw new IllegalStateException("a well-formed transfer failed to decode", e);
        }
    }

    /** The attacker's forgery: the victim as sender, the attacker's signature over the transaction's id. */
    static Transaction forge(Address victim, KeyPair attacker, long nonce, long value) {
        Transaction unsigned = raw(victim, attacker.address(), nonce, 1, value, Signature.EMPTY);
        return raw(victim, attacker.address(), nonce, 1, value, SignatureScheme.ed25519().sign(attacker, unsigned.id().toBytes()));
    }

    public Run chain(boolean signaturesChecked) {
        Simulation sim = new Simulation(false);
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        KeyPair victim = KeyPair.generate(rng);
        KeyPair attacker = KeyPair.generate(rng);
        KeyPair merchant = KeyPair.generate(rng);
        SignatureScheme scheme = signaturesChecked ? SignatureScheme.ed25519() : ACCEPT_ANY;
        SimChain chain = new SimChain(sim, 4, 0, NetworkModel.lan(), rng, RandomSource.XO_RO_SHI_RO_128_PP.create(seed + 1), S, 200,
                scheme, List.of(victim.address(), attacker.address(), merchant.address()), BALANCE, NodeOptions.defaults(),
                i -> new MemoryLedgerStore());
        chain.startAll();
        // the victim's honest history: one transfer per replay target, executed before the attack
        List<Transaction> executed = new ArrayList<>();
        long nonce = 0;
        int legit = Math.max(1, cfg.replays());
        for (int i = 0; i < legit; i++) {
            executed.add(Transaction.transfer(victim, merchant.address(), ++nonce, 1, 10, scheme));
        }
        // signed by the victim for the merchant, intercepted by the attacker
        List<Transaction> intercepted = new ArrayList<>();
        for (int i = 0; i < cfg.tampered(); i++) {
            intercepted.add(Transaction.transfer(victim, merchant.address(), ++nonce, 1, 10, scheme));
        }
        long firstForged = nonce + 1;
        for (int i = 0; i < executed.size(); i++) {
            Transaction t = executed.get(i);
            int via = i % chain.size();
            sim.at(S / 2 + i * 10_000_000L, Simulation.PRIORITY_TIMER, 5, () -> chain.node(via).submit(t));
        }
        int[] admitted = new int[1];
        List<Transaction> attack = new ArrayList<>();
        for (int i = 0; i < cfg.forgeries(); i++) {
            attack.add(forge(victim.address(), attacker, firstForged + i, cfg.value()));
        }
        for (Transaction t : intercepted) {
            attack.add(raw(t.sender(), attacker.address(), t.nonce(), t.fee(), cfg.value(), t.signature()));
        }
        for (int i = 0; i < cfg.replays(); i++) {
            attack.add(executed.get(i % executed.size()));
        }
        long attackAt = (long) (cfg.seconds() * S / 2);
        for (int i = 0; i < attack.size(); i++) {
            Transaction t = attack.get(i);
            int via = i % chain.size();
            sim.at(attackAt + i * 10_000_000L, Simulation.PRIORITY_TIMER, 5, () -> {
                if (chain.node(via).submit(t).ok()) {
                    admitted[0]++;
                }
            });
        }
        sim.runUntil((long) (cfg.seconds() * S));
        long stolen = Long.MAX_VALUE;
        long loss = 0;
        for (int i = 0; i < chain.size(); i++) {
            // every node's view; the smallest theft is what the attacker can count on everywhere
            stolen = Math.min(stolen, chain.node(i).balance(attacker.address()) - BALANCE);
            loss = Math.max(loss, BALANCE - chain.node(i).balance(victim.address()));
        }
        return new Run(stolen, attack.size(), admitted[0], loss);
    }

    /** Defended when the attacker gains nothing on any node. */
    public AttackOutcome run() {
        return new AttackOutcome("identity", "Identity attack", "key pairs and signatures (Ed25519) on every transaction; removed: "
                + "the nodes accept any signature (fee, nonce and balance rules stay)", "tokens",
                "value moved into the attacker's account by transactions it forged, tampered with or replayed",
                "0 tokens stolen", false, "", trial(chain(true)), trial(chain(false)));
    }

    private Trial trial(Run r) {
        return new Trial(r.stolen(), r.stolen() == 0, String.format(Locale.ROOT,
                "%d attack transactions (%d forged, %d tampered, %d replayed), %d admitted by the nodes, %d tokens stolen; "
                        + "the victim lost %d tokens including its own %d-token payments", r.submitted(), cfg.forgeries(), cfg.tampered(),
                cfg.replays(), r.admitted(), r.stolen(), r.victimLoss(), 11L * Math.max(1, cfg.replays())));
    }
}
