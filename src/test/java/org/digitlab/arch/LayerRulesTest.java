package org.digitlab.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layer rules of ../shared/style.md, checked on the compiled classes. */
class LayerRulesTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.digitlab");
    }

    @Test
    void layersDependOnlyDownwards() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("ui").definedBy("org.digitlab.ui..")
                .layer("cli").definedBy("org.digitlab.cli..")
                .layer("lesson").definedBy("org.digitlab.lesson..")
                .layer("training").definedBy("org.digitlab.training..")
                .layer("inference").definedBy("org.digitlab.inference..")
                .layer("model").definedBy("org.digitlab.model..")
                .layer("data").definedBy("org.digitlab.data..")
                .whereLayer("ui").mayNotBeAccessedByAnyLayer()
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("lesson").mayOnlyBeAccessedByLayers("ui", "cli")
                .whereLayer("training").mayOnlyBeAccessedByLayers("ui", "cli", "lesson")
                .whereLayer("inference").mayOnlyBeAccessedByLayers("ui", "cli", "lesson", "training")
                .whereLayer("model").mayOnlyBeAccessedByLayers("ui", "cli", "lesson", "training", "inference")
                .whereLayer("data").mayOnlyBeAccessedByLayers("ui", "cli", "lesson", "training", "inference",
                        "model")
                .because("the engine must stay usable without a window and each layer testable alone")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void javaFxStaysInTheUi() {
        noClasses().that().resideOutsideOfPackage("org.digitlab.ui..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .because("the engine and the command line run headless, without a JavaFX toolkit")
                .check(classes);
    }

    @Test
    void deepLearning4jStaysInDl4jPackages() {
        noClasses().that().resideOutsideOfPackage("..dl4j..")
                .and().resideInAPackage("org.digitlab..")
                .should().dependOnClassesThat().resideInAnyPackage("org.deeplearning4j..", "org.nd4j..")
                .because("the engine's own types are what the rest of the app speaks; DL4J sits in adapters")
                .check(classes);
    }

    @Test
    void onlyTheCommandLineWritesToStandardOutput() {
        noClasses().that().resideOutsideOfPackage("org.digitlab.cli..")
                .and().resideInAPackage("org.digitlab..")
                .should().accessField(System.class, "out")
                .because("the engine reports through listeners and return values; printing is the CLI's job")
                .check(classes);
    }

    @Test
    void viewModelsUseOnlyBeansAndCollectionsOfJavaFx() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "javafx.scene..", "javafx.stage..", "javafx.fxml..")
                .because("view-models hold state for views and are tested without the FX toolkit")
                .allowEmptyShould(true)
                .check(classes);
    }
}
