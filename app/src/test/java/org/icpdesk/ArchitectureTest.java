package org.icpdesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering of docs/decisions/0003: ui → service → store → domain; domain is plain Java. */
@AnalyzeClasses(packages = "org.icpdesk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule pureDomain = classes().that().resideInAPackage("..domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "..domain..");

    @ArchTest
    static final ArchRule noFxBelowUi = noClasses().that().resideInAnyPackage("..service..", "..store..", "..cli..", "..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "..ui..");

    @ArchTest
    static final ArchRule uiViaServices = noClasses().that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jdbi..", "org.h2..", "org.flywaydb..")
            .orShould().dependOnClassesThat().haveSimpleNameStartingWith("Jdbi");

    @ArchTest
    static final ArchRule jdbiOnlyInStores = noClasses().that().resideOutsideOfPackages("..store..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jdbi..");

    @ArchTest
    static final ArchRule acyclicFeatures = slices().matching("org.icpdesk.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule onlyTheCliPrints = noClasses().that().resideOutsideOfPackages("org.icpdesk.cli..")
            .and().doNotHaveFullyQualifiedName(Launcher.class.getName())
            .should().accessField(System.class, "out").orShould().accessField(System.class, "err");
}
