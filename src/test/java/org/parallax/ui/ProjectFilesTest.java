package org.parallax.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.ui.model.ClaimKey;
import org.parallax.ui.model.Correction;
import org.parallax.ui.project.Project;
import org.parallax.ui.project.ProjectException;
import org.parallax.ui.project.ProjectFiles;
import org.parallax.ui.project.ProjectSource;

class ProjectFilesTest {
    @TempDir
    Path home;

    private Project sample() {
        return Project.of("parallax test", "Bridge", List.of(
                ProjectSource.file("/stories/gazette.txt"),
                new ProjectSource("pasted-1.txt", "Lakeside Herald", LocalDate.of(2031, 5, 2), false, "Pasted words.", null)),
                List.of(new Correction(Correction.Kind.NOTE, new ClaimKey("gazette.txt", "the bridge will close."),
                        List.of(new ClaimKey("herald.txt", "the bridge shuts.")), "Checked")));
    }

    @Test
    void aProjectReadsBackAsItWasWritten() throws Exception {
        ProjectFiles files = new ProjectFiles(home);
        Path file = home.resolve("story.parallax");
        files.write(sample(), file);
        assertEquals(sample(), files.read(file));
        try (var left = Files.list(home)) {
            assertEquals(List.of(file), left.toList(), "no temporary file is left behind");
        }
    }

    @Test
    void aTruncatedFileIsNamedWithTheReason() throws Exception {
        ProjectFiles files = new ProjectFiles(home);
        Path file = home.resolve("story.parallax");
        files.write(sample(), file);
        String json = Files.readString(file);
        Files.writeString(file, json.substring(0, 40));
        ProjectException e = assertThrows(ProjectException.class, () -> files.read(file));
        assertEquals("story.parallax: the file ends too early; it may have been cut off while saving", e.getMessage());
        assertFalse(e.newerVersion());
    }

    @Test
    void emptyAndForeignFilesAreRefusedWithAClearMessage() throws Exception {
        ProjectFiles files = new ProjectFiles(home);
        Path empty = Files.writeString(home.resolve("empty.parallax"), "");
        assertTrue(assertThrows(ProjectException.class, () -> files.read(empty)).getMessage().contains("the file is empty"));
        Path foreign = Files.writeString(home.resolve("other.parallax"), "{\"name\": \"not ours\"}");
        assertTrue(assertThrows(ProjectException.class, () -> files.read(foreign)).getMessage().contains("not a Parallax project"));
        Path garbage = Files.writeString(home.resolve("garbage.parallax"), "PK\u0003\u0004 zip bytes");
        assertTrue(assertThrows(ProjectException.class, () -> files.read(garbage)).getMessage().contains("not valid JSON"));
    }

    @Test
    void aProjectFromANewerVersionIsRefusedNotMangled() throws IOException {
        ProjectFiles files = new ProjectFiles(home);
        Path file = Files.writeString(home.resolve("future.parallax"),
                "{\"format\": \"parallax-project\", \"version\": " + (Project.VERSION + 1) + ", \"sources\": [], \"timeline\": {}}");
        ProjectException e = assertThrows(ProjectException.class, () -> files.read(file));
        assertTrue(e.newerVersion());
        assertTrue(e.getMessage().contains("saved by a newer Parallax"), e.getMessage());
        assertTrue(Files.readString(file).contains("timeline"), "the file is left untouched");
    }

    @Test
    void theLastGoodAutosaveIsFoundForADamagedProject() throws Exception {
        ProjectFiles files = new ProjectFiles(home);
        Path file = home.resolve("story.parallax");
        assertTrue(files.goodAutosave(file).isEmpty());
        files.autosave(sample(), file);
        assertEquals(sample(), files.read(files.goodAutosave(file).orElseThrow()));
        Files.writeString(files.autosaveFor(file), "{");
        assertTrue(files.goodAutosave(file).isEmpty(), "a damaged autosave is not offered");
    }

    @Test
    void recentFilesPutTheLastOpenedFirstWithoutDuplicates() {
        ProjectFiles files = new ProjectFiles(home);
        files.addRecent(home.resolve("a.parallax"));
        files.addRecent(home.resolve("b.parallax"));
        files.addRecent(home.resolve("a.parallax"));
        assertEquals(List.of(home.resolve("a.parallax"), home.resolve("b.parallax")), files.recent());
    }
}
