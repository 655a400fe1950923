package io.aigcnet.learn.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.GradientCollector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

class NdTest {
    /**
     * Between forward and backward: collect garbage (so DJL's dropped scalar buffers are freed) and
     * refill small direct buffers with a sentinel, which reuses that memory. With DJL's own
     * {@code x.mul(3f)} this makes the gradient 1e6 instead of 3 in every trial on this machine.
     */
    private static void pressure() throws InterruptedException {
        for (int i = 0; i < 2; i++) {
            System.gc();
            Thread.sleep(10);
        }
        List<ByteBuffer> junk = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            ByteBuffer b = ByteBuffer.allocateDirect(4).order(ByteOrder.nativeOrder());
            b.putFloat(0, 1e6f);
            junk.add(b);
        }
        assertThat(junk).hasSize(20_000);
    }

    private static float[] gradUnderPressure(float[] x0, Function<NDArray, NDArray> f) throws InterruptedException {
        try (NDManager m = Torch.engine().newBaseManager()) {
            NDArray x = m.create(x0);
            x.setRequiresGradient(true);
            try (GradientCollector gc = Torch.engine().newGradientCollector()) {
                NDArray loss = f.apply(x).sum();
                pressure();
                gc.backward(loss);
            }
            return x.getGradient().toFloatArray();
        }
    }

    @Test void scalarOperandSurvivesUntilBackward() throws InterruptedException {
        float[] x = {-2f, 0.5f, 4f};
        // d(x·3)/dx = 3; d(x/4)/dx = 1/4; d max(x, 1)/dx = [x > 1]; d min(x, 1)/dx = [x < 1].
        assertThat(gradUnderPressure(x, v -> Nd.mul(v, 3))).containsExactly(3f, 3f, 3f);
        assertThat(gradUnderPressure(x, v -> Nd.div(v, 4))).containsExactly(0.25f, 0.25f, 0.25f);
        assertThat(gradUnderPressure(x, v -> Nd.maximum(v, 1))).containsExactly(0f, 0f, 1f);
        assertThat(gradUnderPressure(x, v -> Nd.minimum(v, 1))).containsExactly(1f, 1f, 0f);
    }

    @Test void forwardValuesAndNoLeak() {
        try (NDManager m = Torch.engine().newBaseManager()) {
            NDArray x = m.create(new float[]{-2f, 0.5f, 4f});
            int before = m.getManagedArrays().size();
            assertThat(Nd.mul(x, -1.5).toFloatArray()).containsExactly(3f, -0.75f, -6f);
            assertThat(Nd.div(x, 2).toFloatArray()).containsExactly(-1f, 0.25f, 2f);
            assertThat(Nd.maximum(x, 0).toFloatArray()).containsExactly(0f, 0.5f, 4f);
            assertThat(Nd.minimum(x, 0).toFloatArray()).containsExactly(-2f, 0f, 0f);
            // four results stay; the four scalar operands are closed
            assertThat(m.getManagedArrays()).hasSize(before + 4);
        }
    }

    /**
     * Guard: no DJL scalar-Number mul/div/maximum/minimum/pow anywhere in the learning code, since any
     * of them may end up in a recorded graph. In-place forms (muli, divi) are not matched: they are
     * only used on leaves outside gradient recording (optimiser, Polyak, clipping).
     */
    @Test void noDjlScalarArithmeticInMainSources() throws IOException {
        Pattern bad = Pattern.compile("\\.(mul|div|maximum|minimum|pow)\\(\\s*(\\((float|double)\\)|-?[0-9][0-9.]*[fFdD]?\\s*\\))");
        Path root = Path.of("src/main/java");
        assertThat(root).isDirectory();
        List<String> hits = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(p -> p.toString().endsWith(".java")).forEach(p -> {
                try {
                    List<String> lines = Files.readAllLines(p);
                    for (int i = 0; i < lines.size(); i++)
                        if (bad.matcher(lines.get(i)).find()) hits.add(p + ":" + (i + 1) + ": " + lines.get(i).trim());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        assertThat(hits).as("use Nd.mul/div/maximum/minimum instead").isEmpty();
    }
}
