package org.icpdesk.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The window's layering (STYLE section 1): the shell knows no feature; screens reach data through services. */
@AnalyzeClasses(packages = "org.icpdesk", importOptions = ImportOption.DoNotIncludeTests.class)
class UiArchitectureTest {
    @ArchTest
    static final ArchRule shellKnowsNoFeature = classes().that().resideInAPackage("org.icpdesk.ui..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javafx..", "org.slf4j..",
                    "org.icpdesk.ui..", "org.icpdesk.i18n..", "org.icpdesk.common..");

    @ArchTest
    static final ArchRule screensUseServices = noClasses().that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().resideInAnyPackage("..store..", "org.jdbi..", "org.h2..");

    @ArchTest
    static final ArchRule noNodesInViewModels = noClasses().that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..");

    @ArchTest
    static final ArchRule oneTaskRunner = noClasses().that().resideOutsideOfPackage("org.icpdesk.ui.task..")
            .should().dependOnClassesThat().resideInAPackage("javafx.concurrent..");
}
