package org.layerlab.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import org.layerlab.app.archfixture.UsesNd4jInAView;
import org.layerlab.app.training.TrainingViewModel;

/**
 * The studio's layering: nothing in the app touches DL4J or ND4J (it talks to the engine in plain
 * Java types), and training is reached through the engine's run, never a DL4J network.
 */
@AnalyzeClasses(packages = "org.layerlab.app", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule appNeverUsesDl4jOrNd4j = noClasses()
            .that().resideInAPackage("org.layerlab.app..")
            .should().dependOnClassesThat().resideInAnyPackage("org.deeplearning4j..", "org.nd4j..")
            .because("views draw snapshots in plain Java types; DL4J stays behind the engine");

    @ArchTest
    static final ArchRule appNeverReachesIntoTheDl4jPackage = noClasses()
            .that().resideInAPackage("org.layerlab.app..")
            .should().dependOnClassesThat().resideInAPackage("org.layerlab.engine.dl4j..")
            .because("the studio goes through the Engine facade and TrainingRun");

    @Test
    void theRuleFlagsAnAppClassThatUsesNd4jAndPassesTheViewModel() {
        ClassFileImporter importer = new ClassFileImporter();
        assertThat(appNeverUsesDl4jOrNd4j.evaluate(importer.importClasses(UsesNd4jInAView.class)).hasViolation())
                .isTrue();
        assertThat(appNeverUsesDl4jOrNd4j.evaluate(importer.importClasses(TrainingViewModel.class)).hasViolation())
                .isFalse();
    }
}
