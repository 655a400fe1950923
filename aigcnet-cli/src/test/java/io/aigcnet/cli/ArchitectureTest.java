package io.aigcnet.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** ARCHITECTURE.md §2: dependencies point down only (cli → edge → {mechanism, semcom, ledger, reputation} → learn → core). */
class ArchitectureTest {
    static JavaClasses classes;

    @BeforeAll
    static void load() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.aigcnet");
    }

    private static void forbid(String from, String... to) {
        ArchRule rule = noClasses().that().resideInAPackage(from).should().dependOnClassesThat().resideInAnyPackage(to)
                .allowEmptyShould(true);
        rule.check(classes);
    }

    @Test
    void coreDependsOnNoOtherModule() {
        forbid("io.aigcnet.core..", "io.aigcnet.learn..", "io.aigcnet.reputation..", "io.aigcnet.ledger..",
                "io.aigcnet.mechanism..", "io.aigcnet.cli..");
    }

    @Test
    void learnDependsOnlyOnCore() {
        forbid("io.aigcnet.learn..", "io.aigcnet.reputation..", "io.aigcnet.ledger..", "io.aigcnet.mechanism..", "io.aigcnet.cli..");
    }

    @Test
    void reputationNeedsNoLedgerLearnOrMechanism() {
        forbid("io.aigcnet.reputation..", "io.aigcnet.ledger..", "io.aigcnet.learn..", "io.aigcnet.mechanism..", "io.aigcnet.cli..");
    }

    @Test
    void ledgerNeedsNoLearnOrMechanism() {
        forbid("io.aigcnet.ledger..", "io.aigcnet.learn..", "io.aigcnet.mechanism..", "io.aigcnet.cli..");
    }

    @Test
    void mechanismNeverReachesUp() {
        forbid("io.aigcnet.mechanism..", "io.aigcnet.cli..", "io.aigcnet.ledger..");
    }

    @Test
    void edgeNeverReachesUp() {
        forbid("io.aigcnet.edge..", "io.aigcnet.cli..");
    }

    @Test
    void libraryModulesReadNoAmbientTimeOrRandomness() {
        noClasses().that().resideInAnyPackage("io.aigcnet.core..", "io.aigcnet.reputation..", "io.aigcnet.mechanism..",
                        "io.aigcnet.learn..", "io.aigcnet.edge..")
                .and().resideOutsideOfPackages("io.aigcnet.core.experiment..", "io.aigcnet.core.progress..")
                .should().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(Math.class, "random")
                .orShould().callConstructor(java.util.Random.class)
                .allowEmptyShould(true)
                .check(classes);
    }
}
