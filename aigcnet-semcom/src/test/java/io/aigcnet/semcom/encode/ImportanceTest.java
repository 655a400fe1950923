package io.aigcnet.semcom.encode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.aigcnet.semcom.prompt.ParsedPrompt;
import io.aigcnet.semcom.prompt.RuleBasedParser;
import java.util.BitSet;
import org.junit.jupiter.api.Test;

class ImportanceTest {
    private final ParsedPrompt blueCar = new RuleBasedParser().parse("A blue car driving through the city.");

    @Test
    void reducedDependencyMatrixIsAppendixA() {
        int[] kept = blueCar.keptIndices();
        assertThat(kept).containsExactly(1, 2, 3, 4, 6);
        int[][] c = Importance.reduce(Importance.dependencyMatrix(blueCar), kept);
        assertThat(c).isDeepEqualTo(new int[][] {
            {1, 0, 0, 0, 0},
            {1, 1, 1, 0, 0},
            {0, 0, 1, 1, 0},
            {0, 0, 0, 1, 1},
            {0, 0, 0, 0, 1}});
    }

    @Test
    void reproducesThePaperWorkedExample() {
        int[][] c = Importance.reduce(Importance.dependencyMatrix(blueCar), blueCar.keptIndices());
        // Appendix A: IoU(car,blue) + IoU(car,driving) = 0.22, IoU(driving,through) = 0.66, IoU(through,city) = 0.06
        double[][] d = identity(5);
        sym(d, 1, 0, 0.12);
        sym(d, 1, 2, 0.10);
        sym(d, 2, 3, 0.66);
        sym(d, 3, 4, 0.06);
        sym(d, 0, 4, 0.30); // an IoU with no dependency arc must not matter
        double[] s = Importance.scores(c, d);
        double[] paper = {0.16, 0.20, 0.31, 0.17, 0.16};
        for (int i = 0; i < 5; i++) assertThat(s[i]).as("s[" + i + "]").isCloseTo(paper[i], within(0.005));
        assertThat(s[0]).isEqualTo(s[4]);
        assertThat(s[0] + s[1] + s[2] + s[3] + s[4]).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void caseALeavesAreEqualAsThePaperRoundsThem() {
        ParsedPrompt p = new RuleBasedParser().parse("An old man is wearing an odd hat.");
        int[][] c = Importance.reduce(Importance.dependencyMatrix(p), p.keptIndices());
        double[][] d = identity(5);
        sym(d, 1, 0, 0.30); // IoU(man, old) implied by the paper's 0.25
        sym(d, 4, 3, 0.05);
        sym(d, 2, 1, 0.0);
        double[] s = Importance.scores(c, d);
        // paper: [0.19, 0.25, 0.19, 0.18, 0.19]; a loose check (the paper's own numbers are rounded)
        assertThat(s[0]).isCloseTo(0.19, within(0.01));
        assertThat(s[1]).isCloseTo(0.25, within(0.01));
        assertThat(s[1]).isGreaterThan(s[2]);
    }

    @Test
    void iouOfBitSets() {
        BitSet a = new BitSet(), b = new BitSet();
        a.set(0, 10);
        b.set(5, 20);
        assertThat(BinaryMap.iou(a, b)).isEqualTo(5.0 / 20);
        assertThat(BinaryMap.iou(new BitSet(), new BitSet())).isZero();
        double[][] d = Importance.iouMatrix(new BitSet[] {new BitSet(), new BitSet()});
        assertThat(d[0][0]).isEqualTo(1.0);
        assertThat(d[0][1]).isZero();
    }

    @Test
    void softmaxIsStable() {
        double[] s = Importance.softmax(new double[] {1000, 1000});
        assertThat(s).containsExactly(0.5, 0.5);
        assertThat(Importance.softmax(new double[0])).isEmpty();
    }

    @Test
    void binarizeIsEquationEight() {
        float[] a = {0f, 0.5f, 0.79f, 0.8f, 1.0f};
        BitSet b = Binarizer.binarize(a, 0.8);
        assertThat(b.stream().toArray()).containsExactly(3, 4);
        assertThat(Binarizer.binarize(a, 0.5).stream().toArray()).containsExactly(1, 2, 3, 4);
        assertThat(Binarizer.binarize(new float[] {0, 0}, 0.5).isEmpty()).isTrue();
    }

    private static double[][] identity(int n) {
        double[][] d = new double[n][n];
        for (int i = 0; i < n; i++) d[i][i] = 1;
        return d;
    }

    private static void sym(double[][] d, int i, int j, double v) {
        d[i][j] = v;
        d[j][i] = v;
    }
}
