package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.parallax.ingest.Cleaner;
import org.parallax.model.Article;
import org.parallax.model.Paragraph;

/**
 * Any cleaned text: splitting never fails, and every sentence is a non-empty span inside one
 * kept paragraph, in order and without overlap (claims and highlights are drawn from these
 * offsets). Saved inputs: {@code SentenceSplitterFuzzTestInputs/}.
 */
class SentenceSplitterFuzzTest {
    @FuzzTest(maxDuration = "3m")
    void sentencesStayInsideTheirParagraphs(FuzzedDataProvider data) {
        String format = data.consumeBoolean() ? "md" : "txt";
        Article cleaned = Cleaner.standard().clean(Article.read("a." + format, format, data.consumeRemainingAsString()));
        List<SentenceSplitter.Sentence> sentences = SentenceSplitter.split(cleaned);

        int lastEnd = 0;
        for (SentenceSplitter.Sentence s : sentences) {
            assertTrue(s.start() >= lastEnd && s.start() < s.end(), "sentence " + s + " after " + lastEnd);
            assertTrue(cleaned.paragraphs().stream().anyMatch(p -> inside(s, p)), "sentence " + s + " outside every paragraph");
            lastEnd = s.end();
        }
    }

    private static boolean inside(SentenceSplitter.Sentence s, Paragraph p) {
        return s.start() >= p.start() && s.end() <= p.end();
    }
}
