package org.parallax.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.parallax.model.Article;

/**
 * Any bytes saved as a web page: the reader returns an article with text or refuses with a
 * reason; no other exception may escape. Saved inputs: {@code HtmlReaderFuzzTestInputs/}.
 */
class HtmlReaderFuzzTest {
    @FuzzTest(maxDuration = "3m")
    void readsOrRefuses(byte[] bytes) {
        try {
            Article a = HtmlReader.read("page.html", bytes);
            assertFalse(a.text().isBlank(), "accepted a page without text");
        } catch (UnreadableInputException expected) {
            assertFalse(expected.getMessage().isBlank());
        }
    }
}
