package io.aigcnet.mechanism.qoe.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.aigcnet.mechanism.qoe.leader.Outcome;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON answer of {@code aigcnet solve qoe}: R, Q, f, B as [n][m] (provider rows, user
 * columns), mu_utility per user, asp_utility per provider, iterations and converged.
 */
public final class OutcomeJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private OutcomeJson() {
    }

    public static Map<String, Object> tree(String scheme, Outcome o) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("scheme", scheme);
        out.put("R", o.r());
        out.put("Q", o.q());
        out.put("f", o.f());
        out.put("B", o.b());
        out.put("mu_utility", o.muUtility());
        out.put("asp_utility", o.aspUtility());
        out.put("mu_cost", o.muCost());
        out.put("asp_cost", o.aspCost());
        out.put("iterations", o.iterations());
        out.put("converged", o.converged());
        return out;
    }

    public static String write(String scheme, Outcome o) {
        try {
            return MAPPER.writeValueAsString(tree(scheme, o));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise an outcome", e);
        }
    }
}
