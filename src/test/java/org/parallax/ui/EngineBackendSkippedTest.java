package org.parallax.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.InputProblem;

/** A folder dropped on the window: what it holds that is not analysed is named, as on the command line. */
class EngineBackendSkippedTest {
    @TempDir
    Path folder;

    @Test
    void aFolderDroppedOnTheWindowNamesTheFilesItDoesNotAnalyse() throws IOException {
        Files.writeString(folder.resolve("story.txt"), "The council closed the bridge on Tuesday for repairs, the mayor said.");
        Files.writeString(folder.resolve("budget.xlsx"), "not a spreadsheet really");
        EngineBackend backend = new EngineBackend();

        assertEquals(List.of(folder.resolve("story.txt")), backend.articleFiles(List.of(folder)));
        List<InputProblem> skipped = backend.skipped(List.of(folder));
        assertTrue(skipped.stream().anyMatch(p -> p.path().endsWith("budget.xlsx") && p.reason().startsWith("skipped:")),
                "the spreadsheet is named with its reason: " + skipped);
    }
}
