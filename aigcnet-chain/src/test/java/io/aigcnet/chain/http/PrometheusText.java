package io.aigcnet.chain.http;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A strict reader of the Prometheus text exposition format (0.0.4): every line is a comment or one sample. */
final class PrometheusText {
    private static final Pattern SAMPLE = Pattern.compile(
            "^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(?:[a-zA-Z_][a-zA-Z0-9_]*=\"(?:[^\"\\\\]|\\\\.)*\",?)*\\})? "
                    + "([-+]?(?:[0-9.]+(?:[eE][-+]?[0-9]+)?|Inf|NaN))(?: -?[0-9]+)?$");
    private static final Pattern META = Pattern.compile("^# (HELP|TYPE) [a-zA-Z_:][a-zA-Z0-9_:]* .*$");

    private PrometheusText() {
    }

    /** Sample name with labels (as written) → value; throws on any line that is neither a sample nor HELP/TYPE. */
    static Map<String, Double> parse(String text) {
        Map<String, Double> out = new LinkedHashMap<>();
        int n = 0;
        for (String line : text.split("\n")) {
            n++;
            if (line.isEmpty() || META.matcher(line).matches() || line.startsWith("# EOF")) {
                continue;
            }
            Matcher m = SAMPLE.matcher(line);
            if (!m.matches()) {
                throw new IllegalArgumentException("line " + n + " is not Prometheus text format: " + line);
            }
            String v = m.group(3);
            double d = v.endsWith("Inf") ? (v.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY)
                    : v.equals("NaN") ? Double.NaN : Double.parseDouble(v);
            out.put(m.group(1) + (m.group(2) == null ? "" : m.group(2)), d);
        }
        return out;
    }
}
