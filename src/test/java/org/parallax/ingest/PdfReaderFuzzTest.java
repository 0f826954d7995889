package org.parallax.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.parallax.model.Article;

/**
 * Any bytes saved as a PDF: the reader returns an article with text or refuses with a reason;
 * no other exception may escape (PDFBox meets damaged files with runtime exceptions too).
 * Saved inputs: {@code PdfReaderFuzzTestInputs/}, seeded with small PDFs PDFBox wrote.
 */
class PdfReaderFuzzTest {
    @FuzzTest(maxDuration = "3m")
    void readsOrRefuses(byte[] bytes) {
        try {
            Article a = PdfReader.read("story.pdf", bytes);
            assertFalse(a.text().isBlank(), "accepted a PDF without text");
        } catch (UnreadableInputException expected) {
            assertFalse(expected.getMessage().isBlank());
        }
    }
}
