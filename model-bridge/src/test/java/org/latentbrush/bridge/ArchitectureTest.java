package org.latentbrush.bridge;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Layer rules of the bridge, as tests. */
class ArchitectureTest {

    private static final JavaClasses BRIDGE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.latentbrush.bridge");

    @Test
    void bridge_neverUsesJavaFx() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(BRIDGE);
    }

    @Test
    void constraints_doNotDependOnTheEngine() {
        noClasses().that().resideInAPackage("..constraint..")
                .should().dependOnClassesThat().resideInAnyPackage("ai.djl..")
                .check(BRIDGE);
    }
}
