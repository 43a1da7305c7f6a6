package org.latentbrush.bridge;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import ai.djl.engine.Engine;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.latentbrush.bridge.generator.SeededWeights;

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

    /** The engine the editor runs on. */
    private static final String[] ENGINE = {"org.latentbrush.bridge.api..",
        "org.latentbrush.bridge.generator..", "org.latentbrush.bridge.constraint..",
        "org.latentbrush.bridge.optim..", "org.latentbrush.bridge.photo..",
        "org.latentbrush.bridge.image..", "org.latentbrush.bridge.io..",
        "org.latentbrush.bridge.upscale..", "org.latentbrush.bridge.directions..",
        "org.latentbrush.bridge.drag.."};

    /** The lab: training, quality measurement and benchmarks, which only the command line uses. */
    private static final String[] LAB = {"org.latentbrush.bridge.training..",
        "org.latentbrush.bridge.quality..", "org.latentbrush.bridge.bench..",
        "org.latentbrush.bridge.discovery.."};

    @Test
    void engine_neverUsesTheLabOrTheCommandLine() {
        noClasses().that().resideInAnyPackage(ENGINE).should().dependOnClassesThat()
                .resideInAnyPackage(concat(LAB, "org.latentbrush.bridge.cli.."))
                .check(BRIDGE);
    }

    @Test
    void lab_neverUsesTheCommandLine() {
        noClasses().that().resideInAnyPackage(LAB).should().dependOnClassesThat()
                .resideInAPackage("org.latentbrush.bridge.cli..")
                .check(BRIDGE);
    }

    @Test
    void engineLayers_generatorAndConstraintsNeverUseOptimiserPhotoOrApi() {
        noClasses().that().resideInAnyPackage("org.latentbrush.bridge.generator..",
                        "org.latentbrush.bridge.constraint..", "org.latentbrush.bridge.image..",
                        "org.latentbrush.bridge.io..")
                .should().dependOnClassesThat().resideInAnyPackage("org.latentbrush.bridge.optim..",
                        "org.latentbrush.bridge.photo..", "org.latentbrush.bridge.api..",
                        "org.latentbrush.bridge.directions..")
                .check(BRIDGE);
    }

    @Test
    void drag_neverUsesTheApiOrPhotoEditing() {
        noClasses().that().resideInAPackage("org.latentbrush.bridge.drag..")
                .should().dependOnClassesThat().resideInAnyPackage("org.latentbrush.bridge.api..",
                        "org.latentbrush.bridge.photo..")
                .check(BRIDGE);
    }

    private static String[] concat(String[] first, String... more) {
        String[] all = java.util.Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }

    @Test
    void onlySeededWeights_seedsTheEnginesGenerator() {
        // Seeding outside it lets another thread's initialisation interleave with the seeded draws.
        noClasses().that().doNotHaveFullyQualifiedName(SeededWeights.class.getName())
                .should().callMethod(Engine.class, "setRandomSeed", int.class)
                .check(BRIDGE);
    }

    @Test
    void constraints_doNotDependOnTheEngine() {
        noClasses().that().resideInAPackage("..constraint..")
                .should().dependOnClassesThat().resideInAnyPackage("ai.djl..")
                .check(BRIDGE);
    }
}
