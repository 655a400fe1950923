package io.aigcnet.reputation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The reputation layer sits under chain, layer 2, learn, mechanism and cli (ARCHITECTURE.md §2). */
@AnalyzeClasses(packages = "io.aigcnet.reputation", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {
    @ArchTest
    static final ArchRule noUpwardDependencies = noClasses().that().resideInAPackage("io.aigcnet.reputation..")
            .should().dependOnClassesThat().resideInAnyPackage("io.aigcnet.chain..", "io.aigcnet.layer2..", "io.aigcnet.learn..",
            "io.aigcnet.mechanism..", "io.aigcnet.cli..");

    @ArchTest
    static final ArchRule equationsDoNotDependOnSimulations = noClasses()
            .that().resideInAnyPackage("io.aigcnet.reputation.mwsl..", "io.aigcnet.reputation.os2a..", "io.aigcnet.reputation.store..")
            .should().dependOnClassesThat().resideInAnyPackage("io.aigcnet.reputation.sim..", "io.aigcnet.reputation.experiment..",
            "io.aigcnet.core.experiment..");
}
