package org.parallax.ui;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.beans.binding.Bindings;
import javafx.concurrent.Task;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.parallax.ui.control.AnalysisController;
import org.parallax.ui.control.BackgroundTasks;
import org.parallax.ui.control.CorrectionController;
import org.parallax.ui.control.DisplayController;
import org.parallax.ui.control.ExportController;
import org.parallax.ui.control.IntakeController;
import org.parallax.ui.control.Menus;
import org.parallax.ui.control.NavigationController;
import org.parallax.ui.control.ProjectController;
import org.parallax.ui.model.StoryView;
import org.parallax.ui.project.ProjectFiles;
import org.parallax.ui.view.ColumnsView;
import org.parallax.ui.view.EmptyState;
import org.parallax.ui.view.InspectorPane;
import org.parallax.ui.view.ProgressState;
import org.parallax.ui.view.StatusBar;
import org.parallax.ui.view.Workspace;

/**
 * The Parallax window: menus and toolbar, the story findings bar, sources | columns | inspector,
 * the tabs below, and the status line with the progress of the analysis. Every action is in a
 * menu with its shortcut. Reading and analysing run in a background {@link Task}. This class
 * only lays the window out and wires the controllers ({@code ui.control}) that do the work.
 */
public final class MainWindow {
    private final Stage stage;
    private final WorkspaceModel model = new WorkspaceModel();
    private final BorderPane root = new BorderPane();
    private final StackPane center = new StackPane();
    private final StatusBar status = new StatusBar();
    private final BackgroundTasks tasks;
    private final AnalysisController analysis;
    private final ProjectController projects;
    private final IntakeController intake;
    private final ExportController exports;
    private final DisplayController display;
    private final Workspace workspace;
    private final Scene scene;

    public MainWindow(Stage stage, AnalysisBackend backend, ProjectFiles files) {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Dialogs dialogs = new Dialogs(stage, status);
        tasks = new BackgroundTasks(status, this::showEmptyOrWorkspace);
        analysis = new AnalysisController(model, backend, stage, tasks, status, dialogs, this::showEmptyOrWorkspace);
        projects = new ProjectController(model, files, stage, tasks, analysis, status, dialogs, this::showEmptyOrWorkspace);
        intake = new IntakeController(model, files, stage, tasks, analysis, projects, status, dialogs, this::showEmptyOrWorkspace);
        exports = new ExportController(model, stage, tasks, status, dialogs);
        CorrectionController corrections = new CorrectionController(model, stage, status);
        workspace = new Workspace(model, corrections::notSame, corrections::confirmMatch, corrections::note, status::say,
                exports::wireCopy);
        display = new DisplayController(root, center, stage, model, status, this::showEmptyOrWorkspace);
        NavigationController navigation = new NavigationController(model, workspace, center, display, status);
        Menus menus = new Menus(stage, model, tasks, analysis, projects, intake, exports, corrections, navigation, display, dialogs);
        root.setTop(new VBox(menus.menuBar(), menus.toolBar()));
        root.setCenter(center);
        status.setOnCancel(tasks::cancel);
        root.setBottom(status);
        root.getStyleClass().add("parallax-root");
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        scene = new Scene(root, Math.min(1440, screen.getWidth() * 0.96), Math.min(900, screen.getHeight() * 0.94));
        scene.getStylesheets().add(MainWindow.class.getResource("parallax.css").toExternalForm());
        intake.acceptDrops(scene, center);
        menus.addZoomKeys(scene);
        stage.setScene(scene);
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.titleProperty().bind(Bindings.createStringBinding(this::windowTitle,
                model.viewProperty(), model.dirtyProperty(), model.projectFileProperty(), model.titleProperty()));
        model.setOnMetadataChanged(() -> analysis.analyze(List.of()));
        stage.setOnCloseRequest(e -> {
            if (!projects.mayClose()) {
                e.consume();
            }
        });
        showEmptyOrWorkspace();
    }

    public WorkspaceModel model() {
        return model;
    }

    /**
     * Stops pending work: the autosave timer, a running analysis and the background thread, waiting
     * briefly for a save under way to finish, so nothing writes after the window is gone.
     */
    public void dispose() {
        projects.stopAutosave();
        tasks.shutdown();
    }

    public Scene scene() {
        return scene;
    }

    public ColumnsView columns() {
        return workspace.columns();
    }

    /** The analysed story's panes and tabs. */
    public Workspace workspace() {
        return workspace;
    }

    public InspectorPane inspector() {
        return workspace.inspector();
    }

    public void show() {
        stage.show();
    }

    private String windowTitle() {
        StoryView v = model.view();
        String name = model.projectFileProperty().get() != null
                ? model.projectFileProperty().get().getFileName().toString()
                : (model.titleProperty().get() == null || model.titleProperty().get().isBlank() ? "Parallax" : model.titleProperty().get());
        String sources = v.articles().isEmpty() ? "" : " (" + v.articles().size() + " sources)";
        return (model.dirtyProperty().get() ? "• " : "") + name + sources + (name.equals("Parallax") ? "" : " — Parallax");
    }

    /**
     * The middle: the progress while a first analysis runs, the drop invitation while there is
     * nothing, else the story; the presentation, while presenting, stays (an export started from
     * its keys must not swap the workspace back in under it).
     */
    private void showEmptyOrWorkspace() {
        if (display != null && display.presenting()) {
            return;
        }
        center.getChildren().clear();
        if (tasks.busy() && !model.hasResult()) {
            center.getChildren().add(new ProgressState(status, tasks::cancel));
        } else if (model.sources().isEmpty() && !model.hasResult()) {
            center.getChildren().add(new EmptyState(intake::openSample));
        } else {
            center.getChildren().add(workspace);
        }
    }

    /** Opens files, folders or a project file (what `parallax open PATH...` and drag and drop do). */
    public void openPaths(List<Path> paths) {
        intake.openPaths(paths);
    }

    /** Fetches one web address into the fetched-articles folder and adds it as a source. */
    public void fetch(String address) {
        intake.fetch(address);
    }

    /** Adds the inputs (files or folders) to the sources and analyses the story again, in the background. */
    public void analyze(List<Path> newInputs) {
        analysis.analyze(newInputs);
    }

    public boolean busy() {
        return tasks.busy();
    }

    /** Opens a project file; a damaged one offers its last good autosave, a newer one is refused. */
    public void openProject(Path file) {
        projects.openProject(file);
    }

    /** Saves the project atomically, remembers it in the recent list and refreshes its autosave. */
    public boolean saveProject(Path file) {
        return projects.saveProject(file);
    }

    /** Writes the JSON report of the current analysis (all sources, as analysed) atomically. */
    public void exportJson(Path target) {
        exports.json(target);
    }

    /** Writes the self-contained HTML report of the current analysis atomically. */
    public void exportHtml(Path target) {
        exports.html(target);
    }

    /** Writes the pairs CSV to {@code target} and the claims CSV beside it. */
    public void exportCsv(Path target) {
        exports.csv(target);
    }

    /** Writes the Wire copy tab's comparison as an HTML page or ({@code extension} "csv") a CSV table. */
    public void exportWireCopy(Path target, String extension) {
        exports.wireCopy(workspace.wireCopy().current(), target, extension);
    }

    public void setDark(boolean value) {
        display.setDark(value);
    }

    /** Root for tests that need the whole scene graph. */
    public Parent root() {
        return root;
    }
}
