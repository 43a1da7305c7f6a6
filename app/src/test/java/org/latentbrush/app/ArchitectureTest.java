package org.latentbrush.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Layer rules of the editor, as tests. */
class ArchitectureTest {

    private static JavaClasses app;

    @BeforeAll
    static void importClasses() {
        app = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.latentbrush.app");
    }

    @Test
    void app_neverUsesDjl() {
        // The editor talks to the model bridge's plain-Java API; engine types stay in the bridge.
        noClasses().should().dependOnClassesThat().resideInAPackage("ai.djl..").check(app);
    }

    @Test
    void app_usesTheBridgeThroughItsApiAndPlainValuePackagesOnly() {
        // The façade: the engine's internals (generator, optimiser, photo pipeline, training, the
        // command line) may change freely. io holds only the atomic file writer.
        noClasses().should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("org.latentbrush.bridge..")
                        .and(DescribedPredicate.not(JavaClass.Predicates.resideInAnyPackage(
                                "org.latentbrush.bridge.api..", "org.latentbrush.bridge.constraint..",
                                "org.latentbrush.bridge.image..", "org.latentbrush.bridge.io.."))))
                .check(app);
    }

    @Test
    void packages_neverUseTheWindowsWiringInTheRootPackage() {
        // The root package wires the window; everything it wires stays below it, so the packages
        // form no cycle with it.
        noClasses().that().resideOutsideOfPackage("org.latentbrush.app")
                .should().dependOnClassesThat().resideInAPackage("org.latentbrush.app")
                .check(app);
    }

    @Test
    void packages_areFreeOfCycles() {
        SlicesRuleDefinition.slices().matching("org.latentbrush.app.(*)..").should().beFreeOfCycles()
                .check(app);
    }

    @Test
    void viewModels_neverUseControls() {
        // View models hold properties; only views build controls.
        noClasses().that().haveSimpleNameEndingWith("ViewModel").should().dependOnClassesThat()
                .resideInAnyPackage("javafx.scene.control..", "javafx.scene.layout..", "javafx.stage..",
                        "javafx.scene.canvas..")
                .check(app);
    }

    @Test
    void historyAndSession_neverUseViews() {
        noClasses().that().resideInAnyPackage("org.latentbrush.app.session..", "org.latentbrush.app.settings..",
                        "org.latentbrush.app.engine..", "org.latentbrush.app.tasks..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .check(app);
    }
}
