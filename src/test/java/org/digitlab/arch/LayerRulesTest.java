package org.digitlab.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layer rules of ../shared/style.md, checked on the compiled classes. Every rule names its
 * reason; a rule whose subject no longer exists (a renamed package) fails instead of passing empty.
 */
class LayerRulesTest {

    /** The window's composition root: the one ui class that may name the engine's implementation. */
    static final String APP = "org.digitlab.ui.DigitLabApp";
    /** The command line's composition root. */
    static final String CLI = "org.digitlab.cli.DigitLabCli";

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.digitlab");
    }

    static ArchRule layers() {
        return layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("ui").definedBy("org.digitlab.ui..")
                .layer("cli").definedBy("org.digitlab.cli..")
                .layer("lesson").definedBy("org.digitlab.lesson..")
                .layer("engine").definedBy("org.digitlab.engine..")
                .layer("training").definedBy("org.digitlab.training..")
                .layer("inference").definedBy("org.digitlab.inference..")
                .layer("model").definedBy("org.digitlab.model..")
                .layer("data").definedBy("org.digitlab.data..")
                .whereLayer("ui").mayNotBeAccessedByAnyLayer()
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("lesson").mayOnlyBeAccessedByLayers("ui", "cli")
                .whereLayer("engine").mayOnlyBeAccessedByLayers("ui", "cli", "lesson")
                .whereLayer("training").mayOnlyBeAccessedByLayers("ui", "cli", "lesson", "engine")
                .whereLayer("inference").mayOnlyBeAccessedByLayers("ui", "cli", "lesson", "engine", "training")
                .whereLayer("model")
                .mayOnlyBeAccessedByLayers("ui", "cli", "lesson", "engine", "training", "inference")
                .whereLayer("data")
                .mayOnlyBeAccessedByLayers("ui", "cli", "lesson", "engine", "training", "inference", "model")
                .because("the engine must stay usable without a window and each layer testable alone");
    }

    static ArchRule noCyclesBetweenLayers() {
        return slices().matching("org.digitlab.(*)..").should().beFreeOfCycles()
                .because("a layer that depends on one above it cannot be built, tested or replaced alone");
    }

    static ArchRule noCyclesBetweenUiFeatures() {
        return slices().matching("org.digitlab.ui.(*)..").should().beFreeOfCycles()
                .because("each feature of the window should be readable and testable without the others;"
                        + " what two features share lives below both");
    }

    static ArchRule uiReachesTheEngineThroughItsInterface() {
        return noClasses().that().resideInAPackage("org.digitlab.ui..")
                .and().doNotHaveFullyQualifiedName(APP)
                .should().dependOnClassesThat().resideInAPackage("..dl4j..")
                .because("views and view-models speak the app's own types; DigitLabApp alone picks the engine");
    }

    static ArchRule cliReachesTheEngineThroughItsInterface() {
        return noClasses().that().resideInAPackage("org.digitlab.cli..")
                .and().doNotHaveFullyQualifiedName(CLI)
                .should().dependOnClassesThat().resideInAPackage("..dl4j..")
                .because("every command gets the one engine from DigitLabCli, which picks it");
    }

    static ArchRule onlyTheEngineFactoryAppliesTheNativeSetUp() {
        return noClasses().that().doNotHaveFullyQualifiedName("org.digitlab.engine.dl4j.Dl4jEngine")
                .and().resideOutsideOfPackage("org.digitlab.engine.dl4j")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.digitlab.engine.dl4j.NativeSetup")
                .because("ND4J's native set-up must happen once, before ND4J loads: Dl4jEngine.create() does it");
    }

    static ArchRule onlyTheCommandLineUsesTheStandardStreams() {
        return noClasses().that().resideOutsideOfPackage("org.digitlab.cli..")
                .and().resideInAPackage("org.digitlab..")
                .should(ACCESS_STANDARD_STREAMS)
                .because("the engine reports through listeners and return values, the window through"
                        + " its views; printing (and a stack trace on stderr) is the command line's job");
    }

    static ArchRule javaFxStaysInTheUi() {
        return noClasses().that().resideOutsideOfPackage("org.digitlab.ui..")
                .and().resideInAPackage("org.digitlab..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .because("the engine and the command line run headless, without a JavaFX toolkit");
    }

    static ArchRule deepLearning4jStaysInDl4jPackages() {
        return noClasses().that().resideOutsideOfPackage("..dl4j..")
                .and().resideInAPackage("org.digitlab..")
                .should().dependOnClassesThat().resideInAnyPackage("org.deeplearning4j..", "org.nd4j..")
                .because("the engine's own types are what the rest of the app speaks; DL4J sits in adapters");
    }

    static ArchRule viewModelsUseOnlyBeansAndCollectionsOfJavaFx() {
        return noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "javafx.scene..", "javafx.stage..", "javafx.fxml..")
                .because("view-models hold state for views and are tested without the FX toolkit");
    }

    @Test
    void layersDependOnlyDownwards() {
        layers().check(classes);
    }

    @Test
    void layersHaveNoCycles() {
        noCyclesBetweenLayers().check(classes);
    }

    @Test
    void uiFeaturesHaveNoCycles() {
        noCyclesBetweenUiFeatures().check(classes);
    }

    @Test
    void onlyTheAppNamesTheEngineImplementation() {
        uiReachesTheEngineThroughItsInterface().check(classes);
    }

    @Test
    void commandsGetTheEngineFromTheCommandLine() {
        cliReachesTheEngineThroughItsInterface().check(classes);
    }

    @Test
    void theNativeSetUpHasOneCaller() {
        onlyTheEngineFactoryAppliesTheNativeSetUp().check(classes);
    }

    @Test
    void onlyTheCommandLineWritesToTheStandardStreams() {
        onlyTheCommandLineUsesTheStandardStreams().check(classes);
    }

    @Test
    void javaFxStaysInTheUiPackages() {
        javaFxStaysInTheUi().check(classes);
    }

    @Test
    void deepLearning4jStaysInItsAdapters() {
        deepLearning4jStaysInDl4jPackages().check(classes);
    }

    @Test
    void viewModelsUseOnlyBeansAndCollections() {
        viewModelsUseOnlyBeansAndCollectionsOfJavaFx().check(classes);
    }
}
