package io.aigcnet.semcom.metric;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The real quality models, when the user has them: {@code AIGCNET_NIMA_ONNX} and {@code AIGCNET_DREAMSIM_ONNX}
 * (environment variables, or JVM properties of the same name) name local ONNX files (the build downloads no weights). Unset means absent, and the experiments report the calibrated
 * surrogate alone.
 */
public record QualityModels(Optional<AestheticModel> nima, Optional<PerceptualDistanceModel> dreamSim) implements AutoCloseable {
    public static final String NIMA_ENV = "AIGCNET_NIMA_ONNX";
    public static final String DREAMSIM_ENV = "AIGCNET_DREAMSIM_ONNX";

    public static QualityModels none() {
        return new QualityModels(Optional.empty(), Optional.empty());
    }

    /** The models named in the environment; a variable that names a missing or unreadable file is an error, not a silent fallback. */
    public static QualityModels fromEnvironment() {
        Map<String, String> env = new java.util.HashMap<>(System.getenv());
        // a JVM property of the same name wins (lets a test or an embedding program point at a model)
        for (String k : new String[] {NIMA_ENV, DREAMSIM_ENV}) {
            String v = System.getProperty(k);
            if (v != null) env.put(k, v);
        }
        return from(env);
    }

    static QualityModels from(Map<String, String> env) {
        Optional<AestheticModel> n = path(env, NIMA_ENV).map(p -> new OnnxNima(p, Preprocess.mobileNet()));
        Optional<PerceptualDistanceModel> d = path(env, DREAMSIM_ENV).map(p -> new OnnxDreamSim(p, Preprocess.unit()));
        return new QualityModels(n, d);
    }

    private static Optional<Path> path(Map<String, String> env, String key) {
        String v = env.get(key);
        if (v == null || v.isBlank()) return Optional.empty();
        Path p = Path.of(v);
        if (!java.nio.file.Files.isRegularFile(p)) {
            throw new IllegalArgumentException(key + "=" + v + ": no such model file (unset the variable to use the surrogate)");
        }
        return Optional.of(p);
    }

    public boolean any() {
        return nima.isPresent() || dreamSim.isPresent();
    }

    @Override
    public void close() {
        nima.ifPresent(AestheticModel::close);
        dreamSim.ifPresent(PerceptualDistanceModel::close);
    }
}
