package io.aigcnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.aigcnet.core.experiment.Experiment;
import io.aigcnet.core.report.UserWords;
import picocli.CommandLine;

/**
 * Users meet papers by short name and figures by paper number, never our internal shorthand
 * (UserWords): in every command's help, every experiment's title and paper reference, and the
 * README and docs a newcomer reads first. Reports are checked by the experiment harness.
 */
class UserWordsTest {
    @Test
    void helpTextsUseUsersWords() {
        List<String> found = new ArrayList<>();
        walk(Main.newCommandLine(), found);
        assertThat(found).isEmpty();
    }

    @Test
    void topLevelHelpShowsWholeSentences() {
        Main.newCommandLine().getSubcommands().forEach((name, sub) -> {
            String[] d = sub.getCommandSpec().usageMessage().description();
            if (d.length == 0) return;
            assertThat(d[0].strip()).as(name + ": the top-level help shows only this first line").endsWith(".");
        });
    }

    @Test
    void experimentNamesUseUsersWords() {
        List<String> found = new ArrayList<>();
        for (Experiment e : ExperimentCatalog.all()) {
            for (String j : UserWords.jargon(e.title() + " | " + e.paperRef())) found.add(e.id() + ": " + j);
        }
        assertThat(found).isEmpty();
    }

    @Test
    void readmeAndDocsUseUsersWordsAndLinkOnlyRepositoryFiles() throws Exception {
        Path root = repoRoot();
        for (String doc : List.of("README.md", "docs/reproduction.md", "docs/architecture.md")) {
            String text = Files.readString(root.resolve(doc));
            assertThat(UserWords.jargon(text)).as(doc).isEmpty();
            var links = java.util.regex.Pattern.compile("\\]\\(([^)#]+)(#[^)]*)?\\)").matcher(text);
            while (links.find()) {
                String target = links.group(1);
                if (target.startsWith("http")) continue;
                assertThat(root.resolve(doc).getParent().resolve(target).normalize()).as(doc + " links " + target).exists();
                assertThat(root.resolve(doc).getParent().resolve(target).normalize().startsWith(root)).as(doc + " links " + target).isTrue();
            }
        }
        assertThat(root.resolve("LICENSE")).content().contains("Apache License").contains("Version 2.0, January 2004");
    }

    static Path repoRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.exists(p.resolve("mvnw"))) p = p.getParent();
        return p;
    }

    private static void walk(CommandLine cl, List<String> found) {
        for (String j : UserWords.jargon(cl.getUsageMessage())) found.add(cl.getCommandSpec().qualifiedName() + ": " + j);
        cl.getSubcommands().forEach((name, sub) -> {
            if (sub.getCommandName().equals(name)) walk(sub, found);
        });
    }
}
