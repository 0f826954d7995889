package org.parallax.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Article;
import org.parallax.model.InputProblem;
import org.parallax.model.ParagraphKind;
import org.parallax.model.ProgressListener;

/** Word and OpenDocument files read as articles, with what is not the text recorded as removed. */
class OfficeReaderTest {
    @TempDir
    Path dir;

    private static final String BODY = "The council approved the budget on Tuesday, said René Müller, the clerk.";

    private static Map<String, String> removedByReason(Article a) {
        return a.removed().stream().collect(Collectors.toMap(r -> r.reason(), r -> a.text().substring(r.start(), r.end()), (x, y) -> x + "|" + y));
    }

    private void assertReadsTheReport(Article a) {
        Article cleaned = Cleaner.standard().clean(a.withId("a1"));
        List<String> kept = cleaned.paragraphs().stream().map(p -> cleaned.text().substring(p.start(), p.end())).toList();
        assertEquals(List.of("Council passes budget", BODY, "The vote", "The vote was seven to two after four hours.",
                "Roads", "€40 million"), kept);
        assertEquals(ParagraphKind.HEADLINE, cleaned.paragraphs().get(0).kind());
        assertEquals(ParagraphKind.HEADING, cleaned.paragraphs().get(2).kind());
        assertEquals("Council passes budget", cleaned.title());
        assertEquals("Ann Lee", cleaned.author());
        Map<String, String> removed = removedByReason(cleaned);
        assertEquals("narrowly", removed.get("tracked deletion"));
        assertEquals("Check the clerk's name.", removed.get("comment"));
        assertEquals("Springfield Times", removed.get("header"));
        assertEquals("Page 1", removed.get("footer"));
        assertEquals("Source: the city budget office.", removed.get("footnote"));
    }

    @Test
    void readsADocxWithHeadingsTableAndNonAsciiTextLeavingOutCommentsDeletionsHeadersFootersAndFootnotes() throws Exception {
        assertReadsTheReport(OfficeReader.read("report.docx", OfficeFixtures.docx(), "docx"));
    }

    @Test
    void readsAnOdtTheSameWay() throws Exception {
        assertReadsTheReport(OfficeReader.read("report.odt", OfficeFixtures.odt(), "odt"));
    }

    @Test
    void anEncryptedDocumentIsRefusedWithTheReason() {
        assertEquals("the document is encrypted with a password",
                assertThrows(UnreadableInputException.class, () -> OfficeReader.read("s.docx", OfficeFixtures.encryptedDocx(), "docx")).getMessage());
        assertEquals("the document is encrypted with a password",
                assertThrows(UnreadableInputException.class, () -> OfficeReader.read("s.odt", OfficeFixtures.odt(true), "odt")).getMessage());
    }

    @Test
    void aDamagedDocumentIsRefusedWithTheReason() {
        String docx = assertThrows(UnreadableInputException.class,
                () -> OfficeReader.read("cut.docx", OfficeFixtures.truncated(OfficeFixtures.docx()), "docx")).getMessage();
        assertTrue(docx.startsWith("not a readable Word (.docx) document ("), docx);
        String odt = assertThrows(UnreadableInputException.class,
                () -> OfficeReader.read("cut.odt", OfficeFixtures.truncated(OfficeFixtures.odt()), "odt")).getMessage();
        assertTrue(odt.startsWith("not a readable OpenDocument (.odt) document ("), odt);
        String text = assertThrows(UnreadableInputException.class,
                () -> OfficeReader.read("notes.docx", "just some text".getBytes(), "docx")).getMessage();
        assertTrue(text.contains("not a zip package"), text);
    }

    @Test
    void aZipBombIsRefusedBeforeItFillsMemory() {
        byte[] bomb = OfficeFixtures.bomb((int) (OfficeReader.MAX_UNPACKED_BYTES >> 20) + 1);
        String reason = assertThrows(UnreadableInputException.class, () -> OfficeReader.read("bomb.docx", bomb, "docx")).getMessage();
        assertTrue(reason.startsWith("refused: the Word (.docx) document unpacks to more than 200 MB"), reason);
    }

    @Test
    void theLoaderReadsDocumentsInAFolderAndNamesTheBadOnes() throws Exception {
        Files.write(dir.resolve("report.docx"), OfficeFixtures.docx());
        Files.write(dir.resolve("report.odt"), OfficeFixtures.odt());
        Files.write(dir.resolve("locked.docx"), OfficeFixtures.encryptedDocx());
        IngestResult r = new ArticleLoader().load(List.of(dir), false, ProgressListener.NONE);
        assertEquals(List.of("docx", "odt"), r.articles().stream().map(Article::format).toList());
        assertEquals(List.of(dir.resolve("locked.docx") + ": the document is encrypted with a password"),
                r.problems().stream().map(InputProblem::toString).toList());
        assertFalse(r.articles().get(0).bodyParagraphs().isEmpty());
    }
}
