package org.parallax.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.parallax.model.Article;
import org.parallax.model.Paragraph;
import org.parallax.model.Removal;

/**
 * Any text, as plain text or Markdown: cleaning never fails, never changes the text, and its
 * offsets (kept paragraphs, removed regions) stay inside the text and in order, since every view
 * and report relies on them. Saved inputs: {@code CleanerFuzzTestInputs/}.
 */
class CleanerFuzzTest {
    @FuzzTest(maxDuration = "3m")
    void offsetsStayInsideTheText(FuzzedDataProvider data) {
        String format = data.consumeBoolean() ? "md" : "txt";
        String text = data.consumeRemainingAsString();
        Article cleaned = Cleaner.standard().clean(Article.read("a." + format, format, text));

        assertEquals(text, cleaned.text());
        int lastEnd = 0;
        for (Paragraph p : cleaned.paragraphs()) {
            assertTrue(p.start() >= lastEnd && p.start() < p.end() && p.end() <= text.length(), "paragraph " + p);
            lastEnd = p.end();
        }
        int lastStart = 0;
        for (Removal r : cleaned.removed()) {
            assertTrue(r.start() >= lastStart && r.start() <= r.end() && r.end() <= text.length(), "removal " + r);
            lastStart = r.start();
        }
    }
}
