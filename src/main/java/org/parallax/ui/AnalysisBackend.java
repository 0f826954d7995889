package org.parallax.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.parallax.model.AnalysisResult;
import org.parallax.model.InputProblem;
import org.parallax.model.ProgressListener;
import org.parallax.ui.project.ProjectSource;

/**
 * What the window asks of the engine. Called on a background thread only. The engine version
 * reads files and runs the analyzer; tests supply a made-up story instead.
 */
public interface AnalysisBackend {
    /** The article files among the given files and folders (folders: their article files, sorted). */
    List<Path> articleFiles(List<Path> inputs);

    /** What the given folders hold that is not analysed, each named with why ("skipped: unsupported file type (.xlsx)"). */
    default List<InputProblem> skipped(List<Path> inputs) {
        return List.of();
    }

    /**
     * Reads the sources (with the user's outlet and date applied) and analyses them. As soon as
     * the files are read, {@code textsRead} gets them as a {@link AnalysisResult#textsOnly} result,
     * so the window can show the columns while the analysis runs. The progress listener throws
     * {@link java.util.concurrent.CancellationException} once the user cancels.
     */
    AnalysisResult analyze(List<ProjectSource> sources, ProgressListener progress, Consumer<AnalysisResult> textsRead);
}
