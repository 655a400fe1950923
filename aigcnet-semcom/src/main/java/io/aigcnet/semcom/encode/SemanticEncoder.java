package io.aigcnet.semcom.encode;

import io.aigcnet.semcom.attention.AttentionMaps;
import io.aigcnet.semcom.prompt.ParsedPrompt;
import java.util.Arrays;
import java.util.BitSet;

/**
 * G-SemCom Algorithm 1 on the MASP: textual prompt deconstruction (eqs. (9)–(12)), visual prompt
 * segmentation (eqs. (8), (13)) and semantic information packing (eq. (14)). Exact and deterministic:
 * integer pixel counts depend only on the parse, the maps and the settings.
 */
public final class SemanticEncoder {
    private final EncoderConfig cfg;

    public SemanticEncoder(EncoderConfig cfg) {
        this.cfg = cfg;
    }

    public EncoderConfig config() { return cfg; }

    public Encoding encode(ParsedPrompt prompt, AttentionMaps maps) {
        int n = prompt.size();
        int[] kept = prompt.keptIndices();
        int w = maps.width(), h = maps.height(), px = w * h;
        BitSet[] binary = new BitSet[kept.length];
        BitSet[] clean = new BitSet[kept.length];
        float[][] att = new float[kept.length][];
        for (int k = 0; k < kept.length; k++) {
            int z = kept[k];
            if (!maps.has(z)) throw new IllegalArgumentException("no attention map for token " + z + " '" + prompt.token(z).text() + "'");
            att[k] = maps.map(z);
            if (cfg.binarize()) {
                binary[k] = Binarizer.binarize(att[k], cfg.xi().xi(prompt.token(z).pos()));
            } else {
                binary[k] = new BitSet(px);
                binary[k].set(0, px);
            }
            clean[k] = cfg.cluster() ? GridDbscan.clean(binary[k], w, h, cfg.dbscan()) : binary[k];
        }
        int[][] cStar = Importance.reduce(Importance.dependencyMatrix(prompt), kept);
        double[] s = Importance.scores(cStar, Importance.iouMatrix(binary));
        int[] ord = Packing.order(s);
        Packing.Packed packed = Packing.pack(ord, clean, att, px);

        double[] importance = new double[n];
        int[] binaryPx = new int[n], cleanPx = new int[n], segPx = new int[n];
        Arrays.fill(importance, Double.NaN);
        for (int k = 0; k < kept.length; k++) {
            importance[kept[k]] = s[k];
            binaryPx[kept[k]] = binary[k].cardinality();
            cleanPx[kept[k]] = clean[k].cardinality();
            segPx[kept[k]] = packed.segmentSize()[k];
        }
        int[] order = new int[ord.length];
        for (int k = 0; k < ord.length; k++) order[k] = kept[ord[k]];
        return new Encoding(prompt, w, h, importance, binaryPx, cleanPx, segPx, order, packed.pixels());
    }
}
