package io.aigcnet.cli.semcom;

import static org.assertj.core.api.Assertions.assertThat;

import io.aigcnet.cli.Main;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Usage errors of {@code semcom score} exit 2 with the reason; the scoring itself is tested in aigcnet-semcom (OnnxModelsTest). */
class ScoreCommandTest {
    @TempDir Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = Main.newCommandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void refusesMissingModelsFilesAndReferences() throws Exception {
        Path img = dir.resolve("a.png");
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", img.toFile());
        assertThat(run("semcom", "score", "--image", img.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--nima");
        assertThat(run("semcom", "score", "--image", img.toString(), "--dreamsim", dir.resolve("d.onnx").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--reference");
        assertThat(run("semcom", "score", "--image", img.toString(), "--nima", dir.resolve("missing.onnx").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("missing.onnx");
        assertThat(run("semcom", "score", "--image", dir.resolve("nope.png").toString(), "--nima", "x.onnx")).isEqualTo(2);
        assertThat(err.toString()).contains("nope.png");
        Files.writeString(dir.resolve("junk.onnx"), "not a model");
        assertThat(run("semcom", "score", "--image", img.toString(), "--nima", dir.resolve("junk.onnx").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("junk.onnx");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void helpNamesTheEquations() {
        assertThat(run("semcom", "score", "--help")).isZero();
        assertThat(out.toString()).contains("eq. 16").contains("eq. 15").contains("JPSQ");
    }
}
