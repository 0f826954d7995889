package org.parallax.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.AnalysisResult;

class ExportFormatTest {
    @TempDir
    Path dir;

    @Test
    void eachFormatWritesItsOwnKindOfFile() throws IOException {
        AnalysisResult r = SyntheticStory.result(false);
        for (ExportFormat f : ExportFormat.values()) {
            Path file = dir.resolve(f.name() + "." + f.extension());
            f.write(r, file, CsvReport.Bom.NONE);
            String text = Files.readString(file);
            boolean right = switch (f) {
                case HTML -> text.startsWith("<!doctype html>") && text.contains("The bridge opened");
                case JSON -> JsonReport.mapper().readTree(text).get("schema").asText().equals(AnalysisResult.SCHEMA);
                case CSV_PAIRS -> text.startsWith(String.join(",", CsvReport.PAIR_COLUMNS) + "\r\n");
                case CSV_CLAIMS -> text.startsWith(String.join(",", CsvReport.CLAIM_COLUMNS) + "\r\n");
            };
            assertTrue(right, f + " wrote: " + text.substring(0, Math.min(80, text.length())));
        }
    }
}
