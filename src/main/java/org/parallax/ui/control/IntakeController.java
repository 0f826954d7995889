package org.parallax.ui.control;

import java.io.File;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.Clipboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.parallax.ui.Dialogs;
import org.parallax.ui.SampleStory;
import org.parallax.ui.UrlFetcher;
import org.parallax.ui.WorkspaceModel;
import org.parallax.ui.project.ProjectFiles;
import org.parallax.ui.project.ProjectSource;
import org.parallax.ui.view.StatusBar;

/**
 * How articles come in: files and folders (opened, chosen or dropped), the sample story, pasted
 * text and a web address. Each adds to the sources and hands over to the analysis; a project
 * file goes to the projects instead.
 */
public final class IntakeController {
    private final WorkspaceModel model;
    private final ProjectFiles files;
    private final Stage stage;
    private final BackgroundTasks tasks;
    private final AnalysisController analysis;
    private final ProjectController projects;
    private final StatusBar status;
    private final Dialogs dialogs;
    private final Runnable showState;
    private int pastedCount;

    public IntakeController(WorkspaceModel model, ProjectFiles files, Stage stage, BackgroundTasks tasks,
            AnalysisController analysis, ProjectController projects, StatusBar status, Dialogs dialogs, Runnable showState) {
        this.model = model;
        this.files = files;
        this.stage = stage;
        this.tasks = tasks;
        this.analysis = analysis;
        this.projects = projects;
        this.status = status;
        this.dialogs = dialogs;
        this.showState = showState;
    }

    /** Opens files, folders or a project file (what `parallax open PATH...` and drag and drop do). */
    public void openPaths(List<Path> paths) {
        if (paths.size() == 1 && paths.get(0).getFileName().toString().endsWith(ProjectFiles.EXTENSION)) {
            projects.openProject(paths.get(0));
            return;
        }
        if (model.sources().isEmpty() && model.titleProperty().get().isBlank() && paths.size() == 1) {
            model.titleProperty().set(paths.get(0).getFileName().toString());
        }
        analysis.analyze(paths);
    }

    /** Files dropped anywhere on the window open as {@link #openPaths} does; {@code target} lights up while they hover. */
    public void acceptDrops(Scene s, Node target) {
        s.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                if (!target.getStyleClass().contains("drag-over")) {
                    target.getStyleClass().add("drag-over");
                }
            }
            e.consume();
        });
        s.setOnDragExited(e -> target.getStyleClass().remove("drag-over"));
        s.setOnDragDropped(e -> {
            target.getStyleClass().remove("drag-over");
            boolean ok = e.getDragboard().hasFiles();
            if (ok) {
                List<Path> paths = e.getDragboard().getFiles().stream().map(File::toPath).toList();
                Platform.runLater(() -> openPaths(paths));
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    public void openSample() {
        Path sample = SampleStory.locate();
        if (sample == null) {
            dialogs.error("The sample story is missing", "Parallax looks for sample-corpus/macron-china beside the program.");
            return;
        }
        openPaths(List.of(sample));
    }

    public void chooseOpen() {
        FileChooser fc = new FileChooser();
        fc.setTitle("Open articles or a project");
        fc.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Articles and projects", "*.txt", "*.md", "*.markdown", "*.html", "*.htm", "*.pdf", "*.parallax"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        List<File> chosen = fc.showOpenMultipleDialog(stage);
        if (chosen != null && !chosen.isEmpty()) {
            openPaths(chosen.stream().map(File::toPath).toList());
        }
    }

    public void chooseFolder() {
        DirectoryChooser dc = new DirectoryChooser();
        dc.setTitle("Open a folder of articles");
        File dir = dc.showDialog(stage);
        if (dir != null) {
            openPaths(List.of(dir.toPath()));
        }
    }

    /** The paste dialog: the article's text, its outlet and its date. */
    public void pasteText() {
        Dialog<ProjectSource> d = new Dialog<>();
        d.initOwner(stage);
        d.setTitle("Paste an article");
        d.setHeaderText("Paste the article's text and say where it is from");
        TextField outlet = new TextField();
        outlet.setPromptText("Outlet, e.g. Northfield Gazette");
        outlet.setId("paste-outlet");
        DatePicker date = new DatePicker();
        date.setPromptText("Publication date");
        date.setId("paste-date");
        TextArea text = new TextArea();
        text.setWrapText(true);
        text.setPrefRowCount(14);
        text.setId("paste-text");
        String clip = Clipboard.getSystemClipboard().getString();
        if (clip != null && clip.length() > 200) {
            text.setText(clip);
        }
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(8);
        g.addRow(0, new Label("Outlet"), outlet);
        g.addRow(1, new Label("Date"), date);
        g.add(text, 0, 2, 2, 1);
        GridPane.setHgrow(text, Priority.ALWAYS);
        d.getDialogPane().setContent(g);
        ButtonType add = new ButtonType("Add", ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(add, ButtonType.CANCEL);
        d.getDialogPane().lookupButton(add).disableProperty().bind(text.textProperty().isEmpty());
        d.setResultConverter(b -> b == add ? new ProjectSource(nextPastedName(), blankToNull(outlet.getText()),
                date.getValue(), true, text.getText(), null) : null);
        Platform.runLater(outlet::requestFocus);
        d.showAndWait().ifPresent(this::addPasted);
    }

    private String nextPastedName() {
        Set<String> used = new LinkedHashSet<>();
        model.sources().forEach(s -> used.add(s.path()));
        String name;
        do {
            name = "pasted-" + (++pastedCount) + ".txt";
        } while (used.contains(name));
        return name;
    }

    /** Adds a pasted article and analyses again. */
    private void addPasted(ProjectSource source) {
        model.sources().add(source);
        model.dirtyProperty().set(true);
        analysis.analyze(List.of());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Add from URL: asks for the address, fetches it only now, in the background, then analyses. */
    public void addFromUrl() {
        TextInputDialog d = new TextInputDialog();
        d.initOwner(stage);
        d.setTitle("Add from URL");
        d.setHeaderText("Fetch an article from the web (the only time Parallax uses the network)");
        d.getEditor().setPromptText("https://…");
        d.showAndWait().map(String::strip).filter(s -> !s.isEmpty()).ifPresent(this::fetch);
    }

    /** Fetches one web address into the fetched-articles folder and adds it as a source. */
    public void fetch(String address) {
        UrlFetcher fetcher = new UrlFetcher(files.home().resolve("fetched"));
        Task<Path> task = new Task<>() {
            @Override
            protected Path call() throws Exception {
                updateMessage("Fetching " + address);
                updateProgress(-1, 1);
                return fetcher.fetch(address);
            }
        };
        task.setOnSucceeded(e -> {
            tasks.finished(task);
            Path saved = task.getValue();
            model.sources().add(new ProjectSource(saved.toString(), null, null, true, null, address));
            model.dirtyProperty().set(true);
            analysis.analyze(List.of());
        });
        task.setOnFailed(e -> {
            tasks.finished(task);
            showState.run();
            dialogs.error("Could not add " + address, task.getException() == null ? "unknown error" : task.getException().getMessage());
        });
        task.setOnCancelled(e -> {
            tasks.finished(task);
            showState.run(); // back from the progress screen on an empty window, as after a failure
            status.say("Fetch cancelled");
        });
        tasks.start(task);
    }
}
