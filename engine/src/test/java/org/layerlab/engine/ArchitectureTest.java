package org.layerlab.engine;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import org.layerlab.engine.archfixture.UsesDl4j;
import org.layerlab.engine.archfixture.UsesJavaFx;
import org.layerlab.engine.archfixture.UsesNd4j;
import org.layerlab.engine.dl4j.archfixture.AllowedNd4jUse;
import org.layerlab.engine.graph.ModelGraph;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine's layering: it never touches JavaFX, and only {@code engine.dl4j} knows DL4J and ND4J,
 * so the rest of the engine (and the studio above it) stays free of the library's types. The rules
 * run on the engine's main classes; the fixtures under {@code archfixture} prove each rule can fail.
 */
@AnalyzeClasses(packages = "org.layerlab.engine", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule engineNeverUsesJavaFx = noClasses()
            .that().resideInAPackage("org.layerlab.engine..")
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("the engine runs headless, in the CLI and in tests");

    @ArchTest
    static final ArchRule onlyTheDl4jPackageKnowsDl4j = noClasses()
            .that().resideInAPackage("org.layerlab.engine..")
            .and().resideOutsideOfPackage("org.layerlab.engine.dl4j..")
            .should().dependOnClassesThat().resideInAnyPackage("org.deeplearning4j..", "org.nd4j..")
            .because("DL4J sits behind engine.dl4j; nothing else sees its types");

    private static JavaClasses importClasses(Class<?>... classes) {
        return new ClassFileImporter().importClasses(classes);
    }

    @Test
    void theJavaFxRuleFlagsAnEngineClassThatUsesJavaFx() {
        assertThat(engineNeverUsesJavaFx.evaluate(importClasses(UsesJavaFx.class)).hasViolation()).isTrue();
        assertThat(engineNeverUsesJavaFx.evaluate(importClasses(ModelGraph.class)).hasViolation()).isFalse();
    }

    @Test
    void theDl4jRuleFlagsDl4jAndNd4jOutsideTheDl4jPackage() {
        assertThat(onlyTheDl4jPackageKnowsDl4j.evaluate(importClasses(UsesNd4j.class)).hasViolation()).isTrue();
        assertThat(onlyTheDl4jPackageKnowsDl4j.evaluate(importClasses(UsesDl4j.class)).hasViolation()).isTrue();
    }

    @Test
    void theDl4jRuleLetsTheDl4jPackageUseNd4j() {
        JavaClasses classes = importClasses(AllowedNd4jUse.class, ModelGraph.class);
        assertThat(onlyTheDl4jPackageKnowsDl4j.evaluate(classes).hasViolation()).isFalse();
    }
}
