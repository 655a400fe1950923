package io.aigcnet.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Dependencies point down only: cli → edge → {layer2, lifecycle, mechanism, semcom} → {chain, reputation, learn} → core. */
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

    private static final String CORE = "io.aigcnet.core..";
    private static final String LEARN = "io.aigcnet.learn..";
    private static final String REPUTATION = "io.aigcnet.reputation..";
    private static final String CHAIN = "io.aigcnet.chain..";
    private static final String LAYER2 = "io.aigcnet.layer2..";
    private static final String LIFECYCLE = "io.aigcnet.lifecycle..";
    private static final String MECHANISM = "io.aigcnet.mechanism..";
    private static final String SEMCOM = "io.aigcnet.semcom..";
    private static final String EDGE = "io.aigcnet.edge..";
    private static final String CLI = "io.aigcnet.cli..";

    @Test
    void coreDependsOnNoOtherModule() {
        forbid(CORE, LEARN, REPUTATION, CHAIN, LAYER2, LIFECYCLE, MECHANISM, SEMCOM, EDGE, CLI);
    }

    @Test
    void learnDependsOnlyOnCore() {
        forbid(LEARN, REPUTATION, CHAIN, LAYER2, LIFECYCLE, MECHANISM, SEMCOM, EDGE, CLI);
    }

    @Test
    void reputationDependsOnlyOnCore() {
        forbid(REPUTATION, LEARN, CHAIN, LAYER2, LIFECYCLE, MECHANISM, SEMCOM, EDGE, CLI);
    }

    @Test
    void chainIsLayerOneAlone() {
        // ProSecutor's layer 1 knows nothing of roll-ups, channels or reputation: layer 2 sits on it
        forbid(CHAIN, REPUTATION, LEARN, LAYER2, LIFECYCLE, MECHANISM, SEMCOM, EDGE, CLI);
    }

    @Test
    void layer2NeedsOnlyChainAndReputation() {
        forbid(LAYER2, LEARN, LIFECYCLE, MECHANISM, SEMCOM, EDGE, CLI);
    }

    @Test
    void lifecycleNeedsTheChainNotTheChannels() {
        forbid(LIFECYCLE, LAYER2, MECHANISM, SEMCOM, EDGE, CLI);
    }

    @Test
    void mechanismAndSemcomNeverReachUpOrSideways() {
        forbid(MECHANISM, CHAIN, LAYER2, LIFECYCLE, SEMCOM, EDGE, CLI);
        forbid(SEMCOM, CHAIN, LAYER2, LIFECYCLE, MECHANISM, EDGE, CLI);
    }

    @Test
    void edgeNeverReachesTheCli() {
        forbid(EDGE, CLI);
    }

    @Test
    void semcomNeverReachesUp() {
        forbid("io.aigcnet.semcom..", "io.aigcnet.cli..", CHAIN, LAYER2, "io.aigcnet.mechanism..", "io.aigcnet.reputation..");
    }

    @Test
    void edgeNeverReachesUp() {
        forbid("io.aigcnet.edge..", "io.aigcnet.cli..");
    }

    @Test
    void libraryModulesReadNoAmbientTimeOrRandomness() {
        noClasses().that().resideInAnyPackage("io.aigcnet.core..", "io.aigcnet.reputation..", "io.aigcnet.mechanism..",
                        "io.aigcnet.learn..", "io.aigcnet.semcom..", "io.aigcnet.edge..")
                .and().resideOutsideOfPackages("io.aigcnet.core.experiment..", "io.aigcnet.core.progress..")
                .should().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(Math.class, "random")
                .orShould().callConstructor(java.util.Random.class)
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void ppoDoesNotDependOnItsTrainingLoop() {
        // the loop (learn.train.OnPolicyTrainer) uses Ppo; Ppo must not call back into it
        forbid("io.aigcnet.learn.algo.ppo..", "io.aigcnet.learn.train..");
    }
}
