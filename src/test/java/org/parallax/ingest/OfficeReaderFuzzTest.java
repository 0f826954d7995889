package org.parallax.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.parallax.model.Article;
import org.parallax.model.Removal;

/**
 * Any bytes saved as a .docx or an .odt: the reader returns an article with text, its removals
 * inside the text, or refuses with a reason; no other exception may escape. Saved inputs:
 * {@code OfficeReaderFuzzTestInputs/}, seeded with the documents of {@link OfficeFixtures}.
 */
class OfficeReaderFuzzTest {
    @FuzzTest(maxDuration = "3m")
    void docxReadsOrRefuses(byte[] bytes) {
        readsOrRefuses(bytes, "docx");
    }

    @FuzzTest(maxDuration = "3m")
    void odtReadsOrRefuses(byte[] bytes) {
        readsOrRefuses(bytes, "odt");
    }

    private static void readsOrRefuses(byte[] bytes, String format) {
        try {
            Article a = OfficeReader.read("doc." + format, bytes, format);
            assertFalse(a.text().isBlank(), "accepted a document without text");
            for (Removal r : a.removed()) {
                assertTrue(0 <= r.start() && r.start() <= r.end() && r.end() <= a.text().length(), r.toString());
            }
        } catch (UnreadableInputException expected) {
            assertFalse(expected.getMessage().isBlank());
        }
    }
}
