package org.parallax.ui.control;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.parallax.model.AnalysisResult;
import org.parallax.model.InputProblem;
import org.parallax.ui.AnalysisBackend;
import org.parallax.ui.Dialogs;
import org.parallax.ui.WorkspaceModel;
import org.parallax.ui.model.StoryView;
import org.parallax.ui.project.ProjectSource;
import org.parallax.ui.view.StatusBar;

/**
 * Analyses the story in the background and puts the outcome in the model: the texts first, as
 * soon as they are read, then the full result; a cancelled or failed first analysis leaves
 * nothing half-shown behind.
 */
public final class AnalysisController {
    private final WorkspaceModel model;
    private final AnalysisBackend backend;
    private final Stage stage;
    private final BackgroundTasks tasks;
    private final StatusBar status;
    private final Dialogs dialogs;
    private final Runnable showState;

    /** {@code showState} switches the window between the empty state, the progress and the workspace. */
    public AnalysisController(WorkspaceModel model, AnalysisBackend backend, Stage stage, BackgroundTasks tasks,
            StatusBar status, Dialogs dialogs, Runnable showState) {
        this.model = model;
        this.backend = backend;
        this.stage = stage;
        this.tasks = tasks;
        this.status = status;
        this.dialogs = dialogs;
        this.showState = showState;
    }

    /** What one background analysis yields: the sources it read and the result. */
    private record Outcome(List<ProjectSource> sources, AnalysisResult result, List<InputProblem> skipped) {
    }

    /** Adds the inputs (files or folders) to the sources and analyses the story again, in the background. */
    public void analyze(List<Path> newInputs) {
        List<ProjectSource> before = List.copyOf(model.sources());
        boolean dirtyBefore = model.dirtyProperty().get();
        if (before.isEmpty() && newInputs.isEmpty()) {
            status.say("Add articles first: drop files here, or File ▸ Open");
            return;
        }
        tasks.cancel();
        Task<Outcome> task = new Task<>() {
            @Override
            protected Outcome call() {
                List<ProjectSource> merged = new ArrayList<>(before);
                Set<String> known = new LinkedHashSet<>();
                before.forEach(s -> known.add(s.path()));
                for (Path p : backend.articleFiles(newInputs)) {
                    if (known.add(p.toString())) {
                        merged.add(ProjectSource.file(p.toString()));
                    }
                }
                updateMessage("Reading " + merged.size() + " articles");
                AnalysisResult r = backend.analyze(merged, (fraction, message) -> {
                    if (isCancelled()) {
                        throw new CancellationException();
                    }
                    updateProgress(fraction, 1.0);
                    updateMessage(message);
                }, texts -> showTextsAndWait(this, merged, !newInputs.isEmpty(), texts));
                return new Outcome(merged, r, backend.skipped(newInputs));
            }
        };
        task.setOnSucceeded(e -> {
            Outcome o = task.getValue();
            tasks.finished(task);
            model.marksPendingProperty().set(false);
            if (!o.sources().equals(model.sources())) {
                model.sources().setAll(o.sources());
                if (!newInputs.isEmpty()) {
                    model.dirtyProperty().set(true);
                }
            }
            model.resultProperty().set(o.result());
            showState.run();
            List<InputProblem> problems = notAnalysed(o);
            model.notAnalysed().setAll(problems);
            if (!problems.isEmpty()) {
                status.say(StoryView.plural(problems.size(), "input was", "inputs were") + " not analysed: " + problems.get(0));
            } else {
                status.say("Analysed " + o.result().articles().size() + " articles: " + model.view().summary());
            }
        });
        task.setOnFailed(e -> {
            tasks.finished(task);
            dropTextsOnly(before, dirtyBefore);
            showState.run();
            Throwable t = task.getException();
            dialogs.error("The analysis failed", t == null ? "unknown error" : String.valueOf(t.getMessage()));
        });
        task.setOnCancelled(e -> {
            tasks.finished(task);
            dropTextsOnly(before, dirtyBefore);
            showState.run();
            status.say("Analysis cancelled");
        });
        tasks.start(task);
    }

    /**
     * The story at once: while the first analysis of a story runs, its columns show the texts as
     * read (removals greyed); marks, matrix and findings fill in when it ends. A story already
     * analysed keeps its marks on screen until the new result replaces them.
     */
    private boolean showTexts(Task<?> task, List<ProjectSource> sources, boolean added, AnalysisResult texts) {
        if (!tasks.current(task) || (model.hasResult() && !model.marksPendingProperty().get())) {
            return false;
        }
        if (!sources.equals(model.sources())) {
            model.sources().setAll(sources);
            if (added) {
                model.dirtyProperty().set(true);
            }
        }
        model.marksPendingProperty().set(true);
        model.resultProperty().set(texts);
        showState.run();
        return true;
    }

    /**
     * From the analysis thread: shows the texts and returns once they are laid out (at most a few
     * seconds), so the analysis's model loads and annotation do not take the cores the first
     * columns need.
     */
    private void showTextsAndWait(Task<?> task, List<ProjectSource> sources, boolean added, AnalysisResult texts) {
        CountDownLatch laidOut = new CountDownLatch(1);
        Platform.runLater(() -> {
            Scene scene = stage.getScene();
            if (!showTexts(task, sources, added, texts) || scene == null) {
                laidOut.countDown();
                return;
            }
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                scene.removePostLayoutPulseListener(once[0]);
                laidOut.countDown();
            };
            scene.addPostLayoutPulseListener(once[0]);
            Platform.requestNextPulse();
        });
        try {
            laidOut.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A cancelled or failed first analysis leaves no texts-only story behind, as if never started. */
    private void dropTextsOnly(List<ProjectSource> sourcesBefore, boolean dirtyBefore) {
        if (model.marksPendingProperty().get()) {
            model.marksPendingProperty().set(false);
            model.resultProperty().set(null);
            model.sources().setAll(sourcesBefore);
            model.dirtyProperty().set(dirtyBefore);
        }
    }

    /**
     * What the story now leaves out: the files this analysis could not read, and what the folders
     * of its articles hold that is no article (named when a folder was added, kept while articles
     * of that folder stay in the story). Shown in the findings bar, not in a dialog that would
     * hold the keys until dismissed.
     */
    private List<InputProblem> notAnalysed(Outcome o) {
        Set<Path> folders = new LinkedHashSet<>();
        for (ProjectSource s : o.sources()) {
            Path folder = folderOf(s.path());
            if (folder != null) {
                folders.add(folder);
            }
        }
        Set<InputProblem> out = new LinkedHashSet<>(o.result().problems());
        List<InputProblem> skipped = new ArrayList<>(model.notAnalysed().filtered(InputProblem::skipped));
        skipped.addAll(o.skipped());
        for (InputProblem p : skipped) {
            Path folder = folderOf(p.path());
            if (folder != null && folders.contains(folder)) {
                out.add(p);
            }
        }
        return List.copyOf(out);
    }

    /** The folder a file path names, or null when the text names no file. */
    private static Path folderOf(String path) {
        try {
            return Path.of(path).toAbsolutePath().getParent();
        } catch (java.nio.file.InvalidPathException notAFile) {
            return null;
        }
    }
}
