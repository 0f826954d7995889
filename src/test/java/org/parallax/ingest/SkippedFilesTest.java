package org.parallax.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Article;
import org.parallax.model.InputProblem;
import org.parallax.model.ProgressListener;

/** Every file a folder holds is analysed or named with its reason; nothing goes unseen. */
class SkippedFilesTest {
    @TempDir
    Path dir;

    private IngestResult load(boolean recursive) {
        return new ArticleLoader().load(List.of(dir), recursive, ProgressListener.NONE);
    }

    private static String reasonFor(IngestResult r, Path path) {
        return r.problems().stream().filter(p -> p.path().equals(path.toString())).map(InputProblem::reason)
                .findFirst().orElse(null);
    }

    @Test
    void eachFileOfAMixedFolderIsAnalysedOrNamed() throws IOException {
        Files.writeString(dir.resolve("story.txt"), BadInputCorpus.ENGLISH);
        Files.write(dir.resolve("figures.xlsx"), new byte[] {'P', 'K', 3, 4});
        Files.write(dir.resolve("photo.jpg"), BadInputCorpus.pngBytes());
        Files.createSymbolicLink(dir.resolve("loop.txt"), dir.resolve("loop.txt"));
        Files.createDirectories(dir.resolve("older"));
        Files.writeString(dir.resolve(".DS_Store"), "x");
        Files.write(dir.resolve("memo.docx"), OfficeFixtures.docx());

        IngestResult r = load(false);

        assertEquals(List.of("memo.docx", "story.txt"), r.articles().stream().map(Article::fileName).toList());
        assertEquals("skipped: unsupported file type (.xlsx)", reasonFor(r, dir.resolve("figures.xlsx")));
        assertEquals("skipped: image (.jpg), not an article", reasonFor(r, dir.resolve("photo.jpg")));
        assertEquals("symbolic link loops back on itself", reasonFor(r, dir.resolve("loop.txt")));
        assertEquals("skipped: subfolder (read only with --recursive)", reasonFor(r, dir.resolve("older")));
        assertEquals("skipped: hidden file", reasonFor(r, dir.resolve(".DS_Store")));
        assertEquals(5, r.problems().size(), r.problems().toString());
        // A skipped file is named but is not a failure; a link that leads nowhere is.
        assertTrue(r.problems().stream().filter(p -> p.reason().startsWith("skipped: ")).allMatch(InputProblem::skipped));
        assertFalse(r.problems().stream().filter(p -> p.path().endsWith("loop.txt")).findFirst().orElseThrow().skipped());
    }

    @Test
    void manyImagesOfASavedPageAreOneLineWithTheTotal() throws IOException {
        Files.writeString(dir.resolve("page.html"), "<html><body><article><p>" + BadInputCorpus.ENGLISH
                + "</p></article></body></html>");
        Path assets = Files.createDirectories(dir.resolve("page_files"));
        for (int i = 0; i < 12; i++) {
            Files.write(assets.resolve("img" + i + ".png"), BadInputCorpus.pngBytes());
        }
        Files.writeString(assets.resolve("app.js"), "var x = 1;");

        IngestResult r = load(true);

        assertEquals(1, r.articles().size());
        assertEquals(List.of(assets + ": skipped: 12 images", assets.resolve("app.js") + ": skipped: unsupported file type (.js)"),
                r.problems().stream().map(InputProblem::toString).toList());
    }

    @Test
    void theManifestIsReadNotSkipped() throws IOException {
        Files.writeString(dir.resolve("a.txt"), BadInputCorpus.ENGLISH);
        Files.writeString(dir.resolve("corpus.json"), "{\"articles\": []}");
        assertEquals(List.of(), load(false).problems());
    }

    @Test
    void aCallerThatReadsFilesOneByOneGetsTheSameNamesFromTheScan() throws IOException {
        Files.writeString(dir.resolve("story.txt"), BadInputCorpus.ENGLISH);
        Files.write(dir.resolve("figures.xlsx"), new byte[] {'P', 'K', 3, 4});
        ArticleLoader.Scan scan = new ArticleLoader().scan(List.of(dir), false);
        assertEquals(List.of(dir.resolve("story.txt")), scan.files());
        assertEquals(load(false).problems(), scan.problems());
    }
}
