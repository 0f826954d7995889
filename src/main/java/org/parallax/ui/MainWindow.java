package org.parallax.ui;

import atlantafx.base.theme.PrimerLight;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.beans.binding.Bindings;
import javafx.concurrent.Task;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.parallax.model.Claim;
import org.parallax.ui.model.Status;
import org.parallax.ui.model.StoryView;
import org.parallax.ui.project.ProjectFiles;
import org.parallax.ui.control.AnalysisController;
import org.parallax.ui.control.BackgroundTasks;
import org.parallax.ui.control.CorrectionController;
import org.parallax.ui.control.DisplayController;
import org.parallax.ui.control.ExportController;
import org.parallax.ui.control.IntakeController;
import org.parallax.ui.control.NavigationController;
import org.parallax.ui.control.ProjectController;
import org.parallax.ui.view.ColumnsView;
import org.parallax.ui.view.InspectorPane;
import org.parallax.ui.view.StatusBar;
import org.parallax.ui.view.Workspace;

/**
 * The Parallax window: menus and toolbar, the story findings bar, sources | columns | inspector,
 * the tabs below, and the status line with the progress of the analysis. Every action is in a
 * menu with its shortcut. Reading and analysing run in a background {@link Task}.
 */
public final class MainWindow {
    private final Stage stage;
    private final AnalysisBackend backend;
    private final ProjectFiles files;
    private final WorkspaceModel model = new WorkspaceModel();
    private final BorderPane root = new BorderPane();
    private final StackPane center = new StackPane();
    private final StatusBar status = new StatusBar();
    private final Dialogs dialogs;
    private final BackgroundTasks tasks = new BackgroundTasks(status, this::showEmptyOrWorkspace);
    private final AnalysisController analysis;
    private final ProjectController projects;
    private final IntakeController intake;
    private final ExportController exports;
    private final TextField search = new TextField();
    private final Scene scene;
    private final CorrectionController corrections;
    private final Workspace workspace;
    private final DisplayController display;
    private final NavigationController navigation;

    public MainWindow(Stage stage, AnalysisBackend backend, ProjectFiles files) {
        this.stage = stage;
        this.backend = backend;
        this.files = files;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        this.dialogs = new Dialogs(stage, status);
        this.analysis = new AnalysisController(model, backend, stage, tasks, status, dialogs, this::showEmptyOrWorkspace);
        this.projects = new ProjectController(model, files, stage, tasks, analysis, status, dialogs, this::showEmptyOrWorkspace);
        this.intake = new IntakeController(model, files, stage, tasks, analysis, projects, status, dialogs, this::showEmptyOrWorkspace);
        this.exports = new ExportController(model, stage, tasks, status, dialogs);
        this.corrections = new CorrectionController(model, stage, status);
        this.workspace = new Workspace(model, corrections::notSame, corrections::confirmMatch, corrections::note, status::say);
        this.display = new DisplayController(root, center, stage, model, status, this::showEmptyOrWorkspace);
        this.navigation = new NavigationController(model, workspace, center, display, status);
        root.setTop(new VBox(menuBar(), toolBar()));
        root.setCenter(center);
        status.setOnCancel(this::cancelAnalysis);
        root.setBottom(status);
        root.getStyleClass().add("parallax-root");
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        scene = new Scene(root, Math.min(1440, screen.getWidth() * 0.96), Math.min(900, screen.getHeight() * 0.94));
        scene.getStylesheets().add(MainWindow.class.getResource("parallax.css").toExternalForm());
        intake.acceptDrops(scene, center);
        // Ctrl++ (Shift+= on many layouts) and the keypad's + and - zoom as well.
        scene.getAccelerators().put(keys("Shortcut+Shift+="), () -> display.zoom(+2));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN), () -> display.zoom(+2));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN), () -> display.zoom(-2));
        stage.setScene(scene);
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.titleProperty().bind(Bindings.createStringBinding(this::windowTitle,
                model.viewProperty(), model.dirtyProperty(), model.projectFileProperty(), model.titleProperty()));
        model.setOnMetadataChanged(() -> analyze(List.of()));
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

    // ---- layout ----

    private void showEmptyOrWorkspace() {
        center.getChildren().clear();
        if (tasks.busy() && !model.hasResult()) {
            center.getChildren().add(progressState());
        } else if (model.sources().isEmpty() && !model.hasResult()) {
            center.getChildren().add(emptyState());
        } else {
            center.getChildren().add(workspace);
        }
    }

    private Node emptyState() {
        Label title = new Label("Drop articles here");
        title.getStyleClass().add("empty-title");
        Label help = new Label(
                "1.  Drag article files or folders (.txt .md .html .pdf) here, or use File ▸ Open (Ctrl+O).\n"
                + "2.  Or paste an article's text (Ctrl+Shift+V) or add one from a web address (Ctrl+Shift+U).\n"
                + "3.  Parallax lines up the claims: ✓ agree, ≈ diverge, ✗ contradict, ○ only one source.");
        help.getStyleClass().add("empty-help");
        help.setWrapText(true);
        Button sample = new Button("Try the sample story");
        sample.setId("try-sample");
        sample.getStyleClass().add("accent");
        sample.setDefaultButton(true);
        sample.setOnAction(e -> intake.openSample());
        VBox box = new VBox(18, title, help, sample);
        box.setAlignment(Pos.CENTER);
        box.setMaxWidth(820);
        box.getStyleClass().add("empty-state");
        box.setId("empty-state");
        StackPane p = new StackPane(box);
        p.getStyleClass().add("drop-target");
        return p;
    }

    private Node progressState() {
        Label title = new Label("Analysing the story…");
        title.getStyleClass().add("empty-title");
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(420);
        bar.progressProperty().bind(status.progressProperty());
        Label what = new Label();
        what.textProperty().bind(status.textProperty());
        Button stop = new Button("Cancel");
        stop.setOnAction(e -> cancelAnalysis());
        VBox box = new VBox(14, title, bar, what, stop);
        box.setAlignment(Pos.CENTER);
        box.setId("progress-state");
        return new StackPane(box);
    }

    private void say(String message) {
        status.say(message);
    }

    // ---- menus ----

    private static MenuItem item(String name, KeyCombination keys, Runnable action) {
        MenuItem i = new MenuItem(name);
        if (keys != null) {
            i.setAccelerator(keys);
        }
        i.setOnAction(e -> action.run());
        return i;
    }

    private static KeyCombination keys(String spec) {
        return KeyCombination.valueOf(spec);
    }

    private MenuBar menuBar() {
        Menu file = new Menu("_File", null,
                item("New", keys("Shortcut+N"), projects::newProject),
                item("Open…", keys("Shortcut+O"), intake::chooseOpen),
                item("Open Folder…", keys("Shortcut+Shift+O"), intake::chooseFolder),
                projects.recentMenu(),
                new SeparatorMenuItem(),
                item("Paste Text…", keys("Shortcut+Shift+V"), intake::pasteText),
                item("Add from URL…", keys("Shortcut+Shift+U"), intake::addFromUrl),
                new SeparatorMenuItem(),
                item("Save", keys("Shortcut+S"), projects::save),
                item("Save As…", keys("Shortcut+Shift+S"), projects::saveAs),
                new SeparatorMenuItem(),
                item("Quit", keys("Shortcut+Q"), () -> {
                    if (projects.mayClose()) {
                        stage.close();
                    }
                }));
        MenuItem undo = item("Undo", keys("Shortcut+Z"), () -> model.undo().undo());
        undo.textProperty().bind(Bindings.createStringBinding(() -> model.undo().undoNameProperty().get() == null
                ? "Undo" : "Undo " + model.undo().undoNameProperty().get(), model.undo().undoNameProperty()));
        undo.disableProperty().bind(model.undo().undoNameProperty().isNull());
        MenuItem redo = item("Redo", keys("Shortcut+Shift+Z"), () -> model.undo().redo());
        redo.disableProperty().bind(model.undo().redoNameProperty().isNull());
        Menu edit = new Menu("_Edit", null, undo, redo, new SeparatorMenuItem(),
                item("Find…", keys("Shortcut+F"), () -> search.requestFocus()),
                item("Clear Selection", new KeyCodeCombination(KeyCode.ESCAPE), () -> model.select(null)),
                new SeparatorMenuItem(),
                item("Not the Same Claim", keys("Shortcut+Shift+X"), corrections::notSame),
                item("Confirm Match", keys("Shortcut+Shift+K"), corrections::confirmMatch),
                item("Note…", keys("Shortcut+Shift+M"), corrections::note));
        Menu view = new Menu("_View");
        view.getItems().addAll(
                item("Next Difference", keys("Alt+Down"), () -> navigation.step(+1)),
                item("Previous Difference", keys("Alt+Up"), () -> navigation.step(-1)),
                item("Next Pane", new KeyCodeCombination(KeyCode.F6), () -> navigation.focusPane(+1)),
                item("Previous Pane", keys("Shift+F6"), () -> navigation.focusPane(-1)),
                new SeparatorMenuItem());
        int n = 1;
        for (Status s : Status.values()) {
            CheckMenuItem show = new CheckMenuItem("Show " + s.symbol() + " " + s.label());
            show.setSelected(true);
            show.setAccelerator(keys("Shortcut+" + n++));
            show.selectedProperty().addListener((o, a, b) -> model.setShown(s, b));
            model.shown().addListener((javafx.collections.SetChangeListener<Status>) c -> show.setSelected(model.shown().contains(s)));
            view.getItems().add(show);
        }
        CheckMenuItem darkItem = new CheckMenuItem("Dark Theme");
        darkItem.setAccelerator(keys("Shortcut+Shift+D"));
        darkItem.setOnAction(e -> display.setDark(darkItem.isSelected()));
        view.getItems().addAll(new SeparatorMenuItem(),
                item("Zoom In", keys("Shortcut+="), () -> display.zoom(+2)),
                item("Zoom Out", keys("Shortcut+-"), () -> display.zoom(-2)),
                item("Actual Size", keys("Shortcut+0"), () -> display.zoom(0)),
                darkItem,
                new SeparatorMenuItem(),
                item("Presentation Mode", new KeyCodeCombination(KeyCode.F11), display::togglePresentation));
        Menu analyze = new Menu("_Analyze", null,
                item("Analyze Again", new KeyCodeCombination(KeyCode.F5), () -> analyze(List.of())),
                item("Cancel Analysis", keys("Shortcut+Period"), this::cancelAnalysis));
        Menu export = new Menu("E_xport", null,
                item("JSON Report…", keys("Shortcut+E"), exports::json),
                item("HTML Report…", keys("Shortcut+Shift+E"), exports::html),
                item("CSV Tables…", keys("Shortcut+Alt+E"), exports::csv));
        Menu help = new Menu("_Help", null,
                item("Keyboard Shortcuts", new KeyCodeCombination(KeyCode.F1), this::showShortcuts),
                item("About Parallax", null, () -> dialogs.info("About Parallax", org.parallax.pipeline.Analyzer.GENERATOR
                        + "\nCompares news articles about one story, claim by claim.\nGPL-3.0-or-later.")));
        MenuBar bar = new MenuBar(file, edit, view, analyze, export, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private ToolBar toolBar() {
        MenuButton add = new MenuButton("+ Add");
        add.getItems().addAll(
                item("Files…", null, intake::chooseOpen),
                item("Folder…", null, intake::chooseFolder),
                item("Paste Text…", null, intake::pasteText),
                item("From URL…", null, intake::addFromUrl));
        add.setTooltip(new Tooltip("Add articles: files, a folder, pasted text or a web address"));
        Button again = new Button("⟳ Analyze");
        again.setTooltip(new Tooltip("Analyze again (F5)"));
        again.setOnAction(e -> analyze(List.of()));
        Label filter = new Label("Show:");
        HBox toggles = new HBox(2);
        toggles.getStyleClass().add("filter-toggles");
        int n = 1;
        for (Status s : Status.values()) {
            ToggleButton t = new ToggleButton(s.symbol() + " " + s.label());
            t.setId("filter-" + s.name().toLowerCase(Locale.ROOT));
            t.getStyleClass().addAll("filter-toggle", s.styleClass());
            t.setSelected(true);
            t.setTooltip(new Tooltip("Show or hide " + s.label().toLowerCase(Locale.ROOT) + " claims (Ctrl+" + n++ + ")"));
            t.selectedProperty().addListener((o, a, b) -> model.setShown(s, b));
            model.shown().addListener((javafx.collections.SetChangeListener<Status>) c -> t.setSelected(model.shown().contains(s)));
            t.setFocusTraversable(false);
            t.setMinWidth(Region.USE_PREF_SIZE);
            toggles.getChildren().add(t);
        }
        ToggleButton worth = new ToggleButton("⚑ Worth checking");
        worth.setId("filter-worth-checking");
        worth.getStyleClass().add("filter-toggle");
        worth.setTooltip(new Tooltip("List only the facts with a claim worth checking in the matrix (its ⚑ column sorts them)"));
        worth.selectedProperty().bindBidirectional(model.worthCheckingOnlyProperty());
        worth.setFocusTraversable(false);
        worth.setMinWidth(Region.USE_PREF_SIZE);
        toggles.getChildren().add(worth);
        search.setPromptText("Find in claims (Ctrl+F)");
        search.setPrefColumnCount(18);
        search.setId("search");
        search.textProperty().addListener((o, a, b) -> navigation.find(b, false));
        search.setOnAction(e -> navigation.find(search.getText(), true));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button theme = new Button("◐");
        theme.setTooltip(new Tooltip("Light / dark theme (Ctrl+Shift+D)"));
        theme.setOnAction(e -> display.setDark(!display.isDark()));
        Button present = new Button("▶ Present");
        present.setTooltip(new Tooltip("Presentation mode: one fact at a time, large type (F11)"));
        present.setOnAction(e -> display.togglePresentation());
        // Items keep their full labels: when the toolbar is too narrow (large text, small window)
        // the last ones move to its overflow menu instead of all being cut to "…".
        for (Region item : List.of(add, again, filter, toggles, present, theme)) {
            item.setMinWidth(Region.USE_PREF_SIZE);
        }
        return new ToolBar(add, again, new javafx.scene.control.Separator(), filter, toggles, search, spacer, present, theme);
    }

    private void showShortcuts() {
        dialogs.info("Keyboard shortcuts", String.join("\n",
                "Alt+Down / Alt+Up    next / previous difference",
                "Esc                  clear the selection",
                "Ctrl+1 … Ctrl+5      show or hide ✗ contradict, ≈ diverge, ✓ agree, ∼ related, ○ unique",
                "Ctrl+Shift+X         not the same claim",
                "Ctrl+Shift+K         confirm the match",
                "Ctrl+Shift+M         add a note",
                "Ctrl+Z / Ctrl+Shift+Z undo / redo",
                "Ctrl+F               find in claims",
                "Ctrl+O / Ctrl+S      open / save a project",
                "Ctrl+Shift+V         paste an article",
                "Ctrl+Shift+U         add from a web address",
                "Ctrl+E               export the JSON report",
                "Ctrl+= / Ctrl+- / Ctrl+0  zoom (Ctrl++ and the keypad's + and - too)",
                "F6 / Shift+F6        next / previous pane: sources, columns, inspector, tabs",
                "Space, F2, Shift+F2  in Sources: include or exclude, correct the outlet, the date",
                "Tab, Enter           in Reuse: reach a cell, show the shared passages",
                "F11                  presentation mode (arrows step, Esc leaves)",
                "F5                   analyze again"));
    }

    public void setDark(boolean value) {
        display.setDark(value);
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

    private void cancelAnalysis() {
        tasks.cancel();
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

    /** Root for tests that need the whole scene graph. */
    public Parent root() {
        return root;
    }
}
