package org.parallax;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The engine knows nothing of JavaFX, and data flows one way: lower layers never import higher
 * ones. Order, bottom up: model, ingest, nlp, claims, compare (the pair comparator), align (which
 * clusters with that comparator), framing, story (the story along time), pipeline, report; cli and
 * ui on top, neither importing the other.
 */
class ArchitectureTest {
    private static final String[] ENGINE = {
        "org.parallax.model..", "org.parallax.ingest..", "org.parallax.nlp..", "org.parallax.claims..",
        "org.parallax.compare..", "org.parallax.align..", "org.parallax.framing..", "org.parallax.story..", "org.parallax.pipeline..",
        "org.parallax.report.."};

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.parallax");

    @Test
    void engineNeverImportsJavaFx() {
        noClasses().that().resideInAnyPackage(ENGINE)
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..")
                .check(classes);
    }

    @Test
    void commandLineNeverImportsTheWindow() {
        noClasses().that().resideInAPackage("org.parallax.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("org.parallax.ui..", "javafx..")
                .check(classes);
    }

    @Test
    void layersOnlyLookDown() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .withOptionalLayers(true)
                .layer("model").definedBy("org.parallax.model..")
                .layer("ingest").definedBy("org.parallax.ingest..")
                .layer("nlp").definedBy("org.parallax.nlp..")
                .layer("claims").definedBy("org.parallax.claims..")
                .layer("compare").definedBy("org.parallax.compare..")
                .layer("align").definedBy("org.parallax.align..")
                .layer("framing").definedBy("org.parallax.framing..")
                .layer("story").definedBy("org.parallax.story..")
                .layer("pipeline").definedBy("org.parallax.pipeline..")
                .layer("report").definedBy("org.parallax.report..")
                .layer("cli").definedBy("org.parallax.cli..")
                .layer("ui").definedBy("org.parallax.ui..")
                .whereLayer("ui").mayOnlyBeAccessedByLayers("ui")
                .whereLayer("cli").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("report").mayOnlyBeAccessedByLayers("cli", "ui")
                .whereLayer("pipeline").mayOnlyBeAccessedByLayers("report", "cli", "ui")
                .whereLayer("story").mayOnlyBeAccessedByLayers("pipeline", "report", "cli", "ui")
                .whereLayer("framing").mayOnlyBeAccessedByLayers("pipeline", "report", "cli", "ui")
                .whereLayer("align").mayOnlyBeAccessedByLayers("framing", "pipeline", "report", "cli", "ui")
                .whereLayer("compare").mayOnlyBeAccessedByLayers("align", "framing", "pipeline", "report", "cli", "ui")
                .whereLayer("claims").mayOnlyBeAccessedByLayers("compare", "align", "framing", "pipeline", "report", "cli", "ui")
                .whereLayer("nlp").mayOnlyBeAccessedByLayers("claims", "compare", "align", "framing", "pipeline", "report", "cli", "ui")
                .whereLayer("ingest").mayOnlyBeAccessedByLayers("nlp", "claims", "compare", "align", "framing", "pipeline", "report", "cli", "ui")
                .check(classes);
    }
}
