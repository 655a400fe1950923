package io.aigcnet.mechanism.contract.agent;

import java.util.Locale;

/** The three learners the figures compare. */
public enum LearnerKind {
    DIFFUSION, PPO, SAC;

    /** The key used in result.json and CSVs. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return switch (this) {
            case DIFFUSION -> "Diffusion (D2SAC)";
            case PPO -> "PPO";
            case SAC -> "SAC";
        };
    }
}
