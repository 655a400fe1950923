package io.aigcnet.mechanism.contract.agent;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.aigcnet.learn.algo.diffusion.DiffusionAgent;
import io.aigcnet.learn.algo.ppo.PpoPolicy;
import io.aigcnet.learn.algo.sac.Sac;
import io.aigcnet.learn.env.Space;
import io.aigcnet.learn.nn.Checkpoints;
import io.aigcnet.learn.nn.Module;
import io.aigcnet.learn.train.Rngs;
import io.aigcnet.mechanism.contract.env.ContractCodec;
import io.aigcnet.mechanism.contract.env.StateBox;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A trained contract designer on disk: the network tensors in aigcnet-learn's checkpoint format ({@code file}) and
 * a JSON sidecar ({@code file.json}) with what is needed to rebuild the network before reading them: the learner,
 * its hyperparameters, the state box the observations are scaled by and the contract box.
 */
public final class PolicyCheckpoint {

    /** The sidecar. */
    public record Spec(LearnerKind learner, LearnerSettings settings, double[] stateLow, double[] stateHigh, boolean[] stateInteger,
                       double[] contractLow, double[] contractHigh, long seed) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    private PolicyCheckpoint() {}

    public static Path sidecar(Path file) {
        return file.resolveSibling(file.getFileName() + ".json");
    }

    /** Writes the trained policy of {@code kind} (the designer's policy must be that learner's). */
    public static void save(Path file, PolicyDesigner designer, Spec spec) throws IOException {
        switch (spec.learner()) {
            case PPO -> ((PpoPolicy) designer.policy()).save(file);
            case SAC, DIFFUSION -> Checkpoints.save(file, (Module) designer.policy(), null);
            default -> throw new IllegalArgumentException("unknown learner " + spec.learner());
        }
        Files.writeString(sidecar(file), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(spec));
    }

    /** Rebuilds the network described by the sidecar and reads the tensors into it. */
    public static PolicyDesigner load(Path file) throws IOException {
        Path side = sidecar(file);
        if (!Files.exists(file)) throw new IOException(file + ": no such checkpoint");
        if (!Files.exists(side)) throw new IOException(side + ": the checkpoint's description is missing");
        Spec spec = JSON.readValue(side.toFile(), Spec.class);
        StateBox box = new StateBox(spec.stateLow(), spec.stateHigh(), spec.stateInteger());
        ContractCodec codec = new ContractCodec(spec.contractLow(), spec.contractHigh());
        Space obs = Space.Box.of(box.dimension(), -1, 1), act = codec.space();
        var rng = Rngs.seeded(spec.seed());
        switch (spec.learner()) {
            case PPO -> {
                PpoPolicy p = new PpoPolicy(obs, act, spec.settings().ppo(), rng);
                try {
                    p.load(file);
                } catch (IOException | RuntimeException e) {
                    p.close();
                    throw e;
                }
                return new PolicyDesigner(p, p, box, codec);
            }
            case SAC -> {
                Sac s = new Sac(obs, act, spec.settings().sac(), rng);
                return loaded(file, s, s, box, codec);
            }
            case DIFFUSION -> {
                DiffusionAgent d = new DiffusionAgent(obs, act, spec.settings().diffusion(), rng);
                return loaded(file, d, d, box, codec);
            }
            default -> throw new IOException(side + ": unknown learner " + spec.learner());
        }
    }

    private static <P extends io.aigcnet.learn.policy.Policy & AutoCloseable> PolicyDesigner loaded(Path file, P policy, Module module,
                                                                                                    StateBox box, ContractCodec codec)
            throws IOException {
        try {
            Checkpoints.load(file, module, null);
        } catch (IOException | RuntimeException e) {
            try {
                policy.close();
            } catch (Exception ignored) {
                // the load error is the one to report
            }
            throw e;
        }
        return new PolicyDesigner(policy, policy, box, codec);
    }
}
