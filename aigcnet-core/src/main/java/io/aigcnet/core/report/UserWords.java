package io.aigcnet.core.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Our private shorthand that users must not meet in help, reports or the README: tracker numbers
 * ("issue 5"), sections of our internal notes ("spec §16") and the numbers under which we filed
 * the papers ("seed 003"). Users get papers by short name (ProSecutor, the survey, Data sharing,
 * QoE incentive, G-SemCom) and figures by their number in the paper.
 */
public final class UserWords {
    private static final Pattern JARGON = Pattern.compile(
            "(?i)\\bissue\\s+#?\\d+|\\bspec\\s*§|§\\s*\\d|\\bseed\\s+00\\d\\b|\\.\\./shared/");

    private UserWords() {}

    /** Each piece of jargon found, with a little context, in order. */
    public static List<String> jargon(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = JARGON.matcher(text);
        while (m.find()) {
            int from = Math.max(0, m.start() - 30);
            int to = Math.min(text.length(), m.end() + 30);
            out.add("'" + m.group() + "' in \"..." + text.substring(from, to).replace('\n', ' ') + "...\"");
        }
        return out;
    }
}
