package org.parallax.ui.control;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.concurrent.Task;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.parallax.model.AnalysisResult;
import org.parallax.model.WireComparison;
import org.parallax.report.AtomicFiles;
import org.parallax.report.CsvReport;
import org.parallax.report.HtmlReport;
import org.parallax.report.JsonReport;
import org.parallax.report.WireCopyReport;
import org.parallax.ui.Dialogs;
import org.parallax.ui.WorkspaceModel;
import org.parallax.ui.view.StatusBar;

/**
 * Export ▸ JSON, HTML and CSV, and the Wire copy tab's exports: asks where, then writes the reports of the analysis on screen on
 * the background thread, each file atomically, so a failed export never leaves half a file.
 */
public final class ExportController {
    private final WorkspaceModel model;
    private final Stage stage;
    private final BackgroundTasks tasks;
    private final StatusBar status;
    private final Dialogs dialogs;

    public ExportController(WorkspaceModel model, Stage stage, BackgroundTasks tasks, StatusBar status, Dialogs dialogs) {
        this.model = model;
        this.stage = stage;
        this.tasks = tasks;
        this.status = status;
        this.dialogs = dialogs;
    }

    private Path chooseExport(String what, String extension) {
        if (!model.hasResult()) {
            status.say("Nothing to export yet: open a story first");
            return null;
        }
        FileChooser fc = new FileChooser();
        fc.setTitle("Export " + what);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(what, "*" + extension));
        fc.setInitialFileName((model.titleProperty().get().isBlank() ? "report" : model.titleProperty().get()) + extension);
        File f = fc.showSaveDialog(stage);
        return f == null ? null : f.toPath();
    }

    public void json() {
        Path target = chooseExport("JSON report", ".json");
        if (target != null) {
            json(target);
        }
    }

    /** Writes the JSON report of the current analysis (all sources, as analysed) atomically. */
    public void json(Path target) {
        runExport(target, "JSON report", out -> JsonReport.write(model.resultProperty().get(), out));
    }

    public void html() {
        Path target = chooseExport("HTML report", ".html");
        if (target != null) {
            html(target);
        }
    }

    /** Writes the self-contained HTML report of the current analysis atomically. */
    public void html(Path target) {
        runExport(target, "HTML report", out -> HtmlReport.write(model.resultProperty().get(), out));
    }

    public void csv() {
        Path target = chooseExport("CSV tables", ".csv");
        if (target != null) {
            csv(target);
        }
    }

    /**
     * Writes one row per claim pair in the chosen file and one row per claim in "NAME-claims.csv"
     * beside it, with a byte-order mark so spreadsheets read the UTF-8 text right.
     */
    public void csv(Path target) {
        AnalysisResult r = model.resultProperty().get();
        Map<Path, ExportWriter> files = new LinkedHashMap<>();
        files.put(target, out -> CsvReport.writePairs(r, out, CsvReport.Bom.UTF8_BOM));
        files.put(claimsCsvBeside(target), out -> CsvReport.writeClaims(r, out, CsvReport.Bom.UTF8_BOM));
        runExport("CSV tables", files);
    }

    /** Export HTML… / CSV… of the Wire copy tab: the comparison shown, as a page or a table. */
    public void wireCopy(WireComparison wire, String extension) {
        Path target = chooseExport(extension.equals("csv") ? "Wire copy table" : "Wire copy page", "." + extension);
        if (target != null) {
            wireCopy(wire, target, extension);
        }
    }

    /** Writes the wire-copy comparison as a self-contained HTML page or (extension "csv") a CSV table. */
    public void wireCopy(WireComparison wire, Path target, String extension) {
        if (wire == null) {
            return;
        }
        WireCopyReport report = new WireCopyReport(model.resultProperty().get(), wire);
        if (extension.equals("csv")) {
            runExport(target, "wire copy table", out -> report.writeCsv(out, CsvReport.Bom.NONE));
        } else {
            runExport(target, "wire copy page", report::writeHtml);
        }
    }

    /** "story.csv" → "story-claims.csv" in the same folder. */
    public static Path claimsCsvBeside(Path target) {
        String name = target.getFileName().toString().replaceFirst("(?i)\\.csv$", "");
        return target.resolveSibling(name + "-claims.csv");
    }

    /** Runs an export off the FX thread and reports the outcome in the status line. */
    private void runExport(Path target, String what, ExportWriter writer) {
        Map<Path, ExportWriter> one = new LinkedHashMap<>();
        one.put(target, writer);
        runExport(what, one);
    }

    /** Writes several files of one export, each atomically, off the FX thread. */
    private void runExport(String what, Map<Path, ExportWriter> targets) {
        if (model.resultProperty().get() == null || targets.isEmpty()) {
            return;
        }
        Map<Path, ExportWriter> files = new LinkedHashMap<>(targets);
        Path first = files.keySet().iterator().next();
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() throws Exception {
                updateMessage("Writing " + what);
                for (Map.Entry<Path, ExportWriter> f : files.entrySet()) {
                    AtomicFiles.write(f.getKey(), f.getValue()::write);
                }
                return null;
            }
        };
        task.setOnSucceeded(e -> {
            tasks.finished(task);
            status.say(what + " written to " + first + (files.size() > 1 ? " and " + (files.size() - 1) + " more beside it" : ""));
        });
        task.setOnFailed(e -> {
            tasks.finished(task);
            dialogs.error("Could not write the " + what, first + ": " + task.getException().getMessage());
        });
        tasks.start(task);
    }

    /** Writes an export to a stream (the stream goes to a temporary file moved into place). */
    @FunctionalInterface
    private interface ExportWriter {
        void write(OutputStream out) throws IOException;
    }
}
