package org.parallax.report;

import java.io.IOException;
import java.nio.file.Path;
import org.parallax.model.AnalysisResult;

/**
 * The files one analysis can be exported to. The command line's options and the window's Export
 * menu both go through here, so they write the same files. Every write is atomic.
 */
public enum ExportFormat {
    HTML("HTML report (to read, attach or print)", "html"),
    JSON("JSON report, format parallax-report/1", "json"),
    CSV_PAIRS("CSV, one row per pair of matched claims", "csv"),
    CSV_CLAIMS("CSV, one row per claim", "csv");

    private final String description;
    private final String extension;

    ExportFormat(String description, String extension) {
        this.description = description;
        this.extension = extension;
    }

    /** What a file chooser shows for this format. */
    public String description() {
        return description;
    }

    /** The file name extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** Writes the export; {@code bom} applies to the CSV formats only. */
    public void write(AnalysisResult result, Path file, CsvReport.Bom bom) throws IOException {
        switch (this) {
            case HTML -> HtmlReport.write(result, file);
            case JSON -> JsonReport.write(result, file);
            case CSV_PAIRS -> CsvReport.writePairs(result, file, bom);
            case CSV_CLAIMS -> CsvReport.writeClaims(result, file, bom);
            default -> throw new IllegalStateException(name());
        }
    }
}
