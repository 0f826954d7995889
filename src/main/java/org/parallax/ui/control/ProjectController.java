package org.parallax.ui.control;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.parallax.pipeline.Analyzer;
import org.parallax.ui.Dialogs;
import org.parallax.ui.WorkspaceModel;
import org.parallax.ui.model.Correction;
import org.parallax.ui.project.Project;
import org.parallax.ui.project.ProjectException;
import org.parallax.ui.project.ProjectFiles;
import org.parallax.ui.project.ProjectSource;
import org.parallax.ui.view.StatusBar;

/**
 * The story as a project file: new, open (with the autosave offered for a damaged file), save,
 * save as, the recent list, and the autosave two seconds after each change. Nothing the user did
 * is dropped without asking first.
 */
public final class ProjectController {
    private final WorkspaceModel model;
    private final ProjectFiles files;
    private final Stage stage;
    private final BackgroundTasks tasks;
    private final AnalysisController analysis;
    private final StatusBar status;
    private final Dialogs dialogs;
    private final Runnable showState;
    private final PauseTransition autosaveDelay = new PauseTransition(Duration.seconds(2));

    public ProjectController(WorkspaceModel model, ProjectFiles files, Stage stage, BackgroundTasks tasks,
            AnalysisController analysis, StatusBar status, Dialogs dialogs, Runnable showState) {
        this.model = model;
        this.files = files;
        this.stage = stage;
        this.tasks = tasks;
        this.analysis = analysis;
        this.status = status;
        this.dialogs = dialogs;
        this.showState = showState;
        model.dirtyProperty().addListener((o, a, b) -> scheduleAutosave());
        model.sources().addListener((ListChangeListener<ProjectSource>) c -> scheduleAutosave());
        model.corrections().addListener((ListChangeListener<Correction>) c -> scheduleAutosave());
        autosaveDelay.setOnFinished(e -> autosave());
    }

    public void newProject() {
        if (!confirmDiscard()) {
            return;
        }
        tasks.cancel();
        model.load(Project.of(Analyzer.GENERATOR, "", List.of(), List.of()), null);
        showState.run();
    }

    /** Opens a project file; a damaged one offers its last good autosave, a newer one is refused. */
    public void openProject(Path file) {
        Project project;
        try {
            project = files.read(file);
        } catch (ProjectException e) {
            Optional<Path> auto = e.newerVersion() ? Optional.empty() : files.goodAutosave(file);
            if (auto.isEmpty()) {
                dialogs.error("Cannot open the project", e.getMessage());
                return;
            }
            Alert a = new Alert(Alert.AlertType.ERROR);
            a.initOwner(stage);
            a.setTitle("Cannot open the project");
            a.setHeaderText(e.getMessage());
            a.setContentText("Parallax has an autosave of this project from "
                    + lastModified(auto.get()) + ". Open that instead? (The damaged file is left as it is.)");
            ButtonType useAutosave = new ButtonType("Open the autosave", ButtonBar.ButtonData.OK_DONE);
            a.getButtonTypes().setAll(useAutosave, ButtonType.CANCEL);
            if (a.showAndWait().orElse(ButtonType.CANCEL) != useAutosave) {
                return;
            }
            try {
                project = files.read(auto.get());
            } catch (ProjectException again) {
                dialogs.error("Cannot open the autosave either", again.getMessage());
                return;
            }
            // Saving again writes the good version back to the damaged file's place.
            model.load(project, file);
            model.dirtyProperty().set(true);
            status.say("Opened the autosave of " + file.getFileName() + "; save to replace the damaged file");
            analysis.analyze(List.of());
            return;
        }
        tasks.cancel();
        model.load(project, file);
        files.addRecent(file);
        scheduleAutosave();
        status.say("Opened " + file.getFileName());
        if (project.sources().isEmpty()) {
            showState.run();
        } else {
            analysis.analyze(List.of());
        }
    }

    private static String lastModified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toInstant().toString().replace('T', ' ').replaceFirst("\\.\\d+Z$", "Z");
        } catch (IOException e) {
            return "an earlier session";
        }
    }

    public void save() {
        Path file = model.projectFileProperty().get();
        if (file == null) {
            saveAs();
        } else {
            saveProject(file);
        }
    }

    public void saveAs() {
        FileChooser fc = new FileChooser();
        fc.setTitle("Save the project");
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("Parallax project", "*" + ProjectFiles.EXTENSION));
        fc.setInitialFileName((model.titleProperty().get().isBlank() ? "story" : model.titleProperty().get()) + ProjectFiles.EXTENSION);
        File f = fc.showSaveDialog(stage);
        if (f != null) {
            Path p = f.toPath();
            if (!p.getFileName().toString().endsWith(ProjectFiles.EXTENSION)) {
                p = p.resolveSibling(p.getFileName() + ProjectFiles.EXTENSION);
            }
            saveProject(p);
        }
    }

    /** Saves the project atomically, remembers it in the recent list and refreshes its autosave. */
    public boolean saveProject(Path file) {
        Project p = model.toProject();
        try {
            files.write(p, file);
            files.autosave(p, file);
        } catch (IOException e) {
            dialogs.error("Could not save the project", file + ": " + e.getMessage());
            return false;
        }
        model.projectFileProperty().set(file);
        model.dirtyProperty().set(false);
        files.addRecent(file);
        status.say("Saved " + file.getFileName());
        return true;
    }

    /** Two seconds after the last change, so a burst of edits writes one autosave. */
    private void scheduleAutosave() {
        autosaveDelay.playFromStart();
    }

    /** Written on the background thread from a copy taken now, so the user can go on editing. */
    private void autosave() {
        if (model.sources().isEmpty()) {
            return;
        }
        Project p = model.toProject();
        Path file = model.projectFileProperty().get();
        tasks.submit(() -> {
            try {
                files.autosave(p, file);
            } catch (IOException e) {
                Platform.runLater(() -> status.say("Autosave failed: " + e.getMessage()));
            }
        });
    }

    /** Before the window closes: offers to save, and stops the analysis once the user lets it go. */
    public boolean mayClose() {
        if (!confirmDiscard()) {
            return false;
        }
        tasks.cancel();
        return true;
    }

    /** Stops the autosave timer, so nothing is written after the window is gone. */
    public void stopAutosave() {
        autosaveDelay.stop();
    }

    private boolean confirmDiscard() {
        if (!model.dirtyProperty().get() || model.projectFileProperty().get() == null && model.sources().isEmpty()) {
            return true;
        }
        Alert a = new Alert(Alert.AlertType.CONFIRMATION);
        a.initOwner(stage);
        a.setTitle("Unsaved changes");
        a.setHeaderText("Save your changes to this project?");
        a.setContentText("Your corrections and notes are also kept in an autosave.");
        ButtonType saveIt = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
        a.getButtonTypes().setAll(saveIt, discard, ButtonType.CANCEL);
        ButtonType answer = a.showAndWait().orElse(ButtonType.CANCEL);
        if (answer == saveIt) {
            save();
            return !model.dirtyProperty().get();
        }
        return answer == discard;
    }

    /** File ▸ Open Recent, filled each time it opens, from the list the project files keep. */
    public Menu recentMenu() {
        Menu recent = new Menu("Open Recent");
        recent.setOnShowing(e -> fillRecent(recent));
        recent.getItems().add(new MenuItem("(none)"));
        return recent;
    }

    private void fillRecent(Menu recent) {
        recent.getItems().clear();
        List<Path> list = files.recent();
        if (list.isEmpty()) {
            MenuItem none = new MenuItem("(none)");
            none.setDisable(true);
            recent.getItems().add(none);
        }
        for (Path p : list) {
            MenuItem open = new MenuItem(p.getFileName() + "  —  " + p.getParent());
            open.setOnAction(e -> openProject(p));
            recent.getItems().add(open);
        }
    }
}
