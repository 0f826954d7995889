package org.parallax.ui.control;

import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.collections.SetChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.parallax.pipeline.Analyzer;
import org.parallax.ui.Dialogs;
import org.parallax.ui.WorkspaceModel;
import org.parallax.ui.model.Status;

/**
 * Every action of the window with its shortcut: the menu bar, the tool bar (the most used ones,
 * the status filter and the search field) and the list of keys under Help. The controllers do
 * the work; this only says where each action is found.
 */
public final class Menus {
    private final Stage stage;
    private final WorkspaceModel model;
    private final BackgroundTasks tasks;
    private final AnalysisController analysis;
    private final ProjectController projects;
    private final IntakeController intake;
    private final ExportController exports;
    private final CorrectionController corrections;
    private final NavigationController navigation;
    private final DisplayController display;
    private final Dialogs dialogs;
    private final TextField search = new TextField();

    public Menus(Stage stage, WorkspaceModel model, BackgroundTasks tasks, AnalysisController analysis,
            ProjectController projects, IntakeController intake, ExportController exports,
            CorrectionController corrections, NavigationController navigation, DisplayController display, Dialogs dialogs) {
        this.stage = stage;
        this.model = model;
        this.tasks = tasks;
        this.analysis = analysis;
        this.projects = projects;
        this.intake = intake;
        this.exports = exports;
        this.corrections = corrections;
        this.navigation = navigation;
        this.display = display;
        this.dialogs = dialogs;
    }

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

    /** Ctrl++ (Shift+= on many layouts) and the keypad's + and - zoom as well. */
    public void addZoomKeys(Scene scene) {
        scene.getAccelerators().put(keys("Shortcut+Shift+="), () -> display.zoom(+2));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN), () -> display.zoom(+2));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN), () -> display.zoom(-2));
    }

    public MenuBar menuBar() {
        MenuBar bar = new MenuBar(fileMenu(), editMenu(), viewMenu(),
                new Menu("_Analyze", null,
                        item("Analyze Again", new KeyCodeCombination(KeyCode.F5), () -> analysis.analyze(List.of())),
                        item("Cancel Analysis", keys("Shortcut+Period"), tasks::cancel)),
                new Menu("E_xport", null,
                        item("JSON Report…", keys("Shortcut+E"), exports::json),
                        item("HTML Report…", keys("Shortcut+Shift+E"), exports::html),
                        item("CSV Tables…", keys("Shortcut+Alt+E"), exports::csv)),
                new Menu("_Help", null,
                        item("Keyboard Shortcuts", new KeyCodeCombination(KeyCode.F1), this::showShortcuts),
                        item("About Parallax", null, () -> dialogs.info("About Parallax", Analyzer.GENERATOR
                                + "\nCompares news articles about one story, claim by claim.\nGPL-3.0-or-later."))));
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private Menu fileMenu() {
        return new Menu("_File", null,
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
    }

    private Menu editMenu() {
        MenuItem undo = item("Undo", keys("Shortcut+Z"), () -> model.undo().undo());
        undo.textProperty().bind(Bindings.createStringBinding(() -> model.undo().undoNameProperty().get() == null
                ? "Undo" : "Undo " + model.undo().undoNameProperty().get(), model.undo().undoNameProperty()));
        undo.disableProperty().bind(model.undo().undoNameProperty().isNull());
        MenuItem redo = item("Redo", keys("Shortcut+Shift+Z"), () -> model.undo().redo());
        redo.disableProperty().bind(model.undo().redoNameProperty().isNull());
        return new Menu("_Edit", null, undo, redo, new SeparatorMenuItem(),
                item("Find…", keys("Shortcut+F"), () -> search.requestFocus()),
                item("Clear Selection", new KeyCodeCombination(KeyCode.ESCAPE), () -> model.select(null)),
                new SeparatorMenuItem(),
                item("Not the Same Claim", keys("Shortcut+Shift+X"), corrections::notSame),
                item("Confirm Match", keys("Shortcut+Shift+K"), corrections::confirmMatch),
                item("Note…", keys("Shortcut+Shift+M"), corrections::note));
    }

    private Menu viewMenu() {
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
            model.shown().addListener((SetChangeListener<Status>) c -> show.setSelected(model.shown().contains(s)));
            view.getItems().add(show);
        }
        CheckMenuItem allFraming = new CheckMenuItem("Show All Framing");
        allFraming.setId("show-all-framing");
        allFraming.setAccelerator(keys("Shortcut+Shift+F"));
        allFraming.selectedProperty().bindBidirectional(model.allFramingProperty());
        view.getItems().addAll(new SeparatorMenuItem(), allFraming);
        CheckMenuItem darkItem = new CheckMenuItem("Dark Theme");
        darkItem.setAccelerator(keys("Shortcut+Shift+D"));
        darkItem.setOnAction(e -> display.setDark(darkItem.isSelected()));
        display.darkProperty().addListener((o, was, now) -> darkItem.setSelected(now));
        view.getItems().addAll(new SeparatorMenuItem(),
                item("Zoom In", keys("Shortcut+="), () -> display.zoom(+2)),
                item("Zoom Out", keys("Shortcut+-"), () -> display.zoom(-2)),
                item("Actual Size", keys("Shortcut+0"), () -> display.zoom(0)),
                darkItem,
                new SeparatorMenuItem(),
                item("Presentation Mode", new KeyCodeCombination(KeyCode.F11), display::togglePresentation));
        return view;
    }

    public ToolBar toolBar() {
        MenuButton add = new MenuButton("+ Add");
        add.getItems().addAll(
                item("Files…", null, intake::chooseOpen),
                item("Folder…", null, intake::chooseFolder),
                item("Paste Text…", null, intake::pasteText),
                item("From URL…", null, intake::addFromUrl));
        add.setTooltip(new Tooltip("Add articles: files, a folder, pasted text or a web address"));
        Button again = new Button("⟳ Analyze");
        again.setTooltip(new Tooltip("Analyze again (F5)"));
        again.setOnAction(e -> analysis.analyze(List.of()));
        Label filter = new Label("Show:");
        HBox toggles = filterToggles();
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
        return new ToolBar(add, again, new Separator(), filter, toggles, search, spacer, present, theme);
    }

    /** One toggle per status, in step with the View menu's Show items, and the worth-checking filter. */
    private HBox filterToggles() {
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
            model.shown().addListener((SetChangeListener<Status>) c -> t.setSelected(model.shown().contains(s)));
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
        return toggles;
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
                "Ctrl+Shift+F         underline all framing (default: only what sets a source apart)",
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
}
