package io.aigcnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.aigcnet.lifecycle.image.Edits;
import io.aigcnet.lifecycle.image.ImageFiles;
import io.aigcnet.lifecycle.image.ProceduralAigcImages;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AigcCommandTest {
    @TempDir Path dir;

    private Path write(String name, BufferedImage img) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, ImageFiles.png(img));
        return p;
    }

    @Test
    void similarPrintsDistanceThresholdAndVerdict() throws Exception {
        BufferedImage img = ProceduralAigcImages.scene(256, 5, 6);
        Path a = write("a.png", img);
        Path copy = dir.resolve("copy.jpg");
        javax.imageio.ImageIO.write(Edits.resize(img, 0.5), "jpeg", copy.toFile());
        Path other = write("other.png", ProceduralAigcImages.scene(256, 7, 8));
        CliTest.Result dup = CliTest.run("aigc", "similar", a.toString(), copy.toString());
        assertThat(dup.code()).as(dup.err()).isZero();
        assertThat(dup.out()).matches("(?s)\\{\"distance\":\\d+,\"threshold\":34,\"duplicate\":true\\}\\s*");
        CliTest.Result diff = CliTest.run("aigc", "similar", a.toString(), other.toString());
        assertThat(diff.out()).contains("\"duplicate\":false");
    }

    @Test
    void unreadableOrNonImageFilesExit2WithTheReason() throws Exception {
        Path a = write("a.png", ProceduralAigcImages.scene(64, 1, 2));
        Path txt = dir.resolve("notes.txt");
        Files.writeString(txt, "not an image");
        CliTest.Result r = CliTest.run("aigc", "similar", a.toString(), txt.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("notes.txt").contains("not an image");
        CliTest.Result missing = CliTest.run("aigc", "similar", a.toString(), dir.resolve("nope.png").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("no such file");
    }

    @Test
    void everyAigcCommandHasHelp() {
        for (String c : new String[] {"similar", "register", "challenge", "trade", "history"}) {
            CliTest.Result r = CliTest.run("aigc", c, "--help");
            assertThat(r.code()).isZero();
            assertThat(r.out()).contains("Usage:");
        }
    }

    @Test
    void historyAgainstNoNodeIsAClearError() {
        CliTest.Result r = CliTest.run("aigc", "history", "--node", "http://127.0.0.1:1", "--product", "00".repeat(32));
        assertThat(r.code()).isNotZero();
        assertThat(r.err()).contains("cannot reach the node");
    }
}
