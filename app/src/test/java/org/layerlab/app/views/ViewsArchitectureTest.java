package org.layerlab.app.views;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class ViewsArchitectureTest {

    private static final String[] VIEW_PACKAGES = {"org.layerlab.app.views..", "org.layerlab.app.charts..",
        "org.layerlab.app.histograms..", "org.layerlab.app.boundary..", "org.layerlab.app.layereffect..",
        "org.layerlab.app.gradients..", "org.layerlab.app.summary.."};

    @Test
    void liveViewsNeverTouchDl4jOrNd4j() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.layerlab.app");
        noClasses().that().resideInAnyPackage(VIEW_PACKAGES)
                .should().dependOnClassesThat().resideInAnyPackage("org.deeplearning4j..", "org.nd4j..",
                        "org.layerlab.engine.dl4j..")
                .check(classes);
    }
}
