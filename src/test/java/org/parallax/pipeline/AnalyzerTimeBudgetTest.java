package org.parallax.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.ingest.Cleaner;
import org.parallax.ingest.IngestResult;
import org.parallax.model.AnalysisResult;
import org.parallax.model.Article;
import org.parallax.model.InputProblem;
import org.parallax.model.ProgressListener;

/** An article that overruns its time budget is dropped from the analysis and named as a problem; the others are analysed. */
class AnalyzerTimeBudgetTest {
    private static Article article(String id, String path, String text) {
        return Cleaner.standard().clean(Article.read(path, "txt", text).withId(id));
    }

    @Test
    void articleOverTheBudgetIsNamedAndTheRestAnalysed() {
        // 1 ms cannot tokenize 200,000 characters; no real budget is this small. Each paragraph is
        // another: the cleaner drops repeated paragraphs, and one short paragraph left could be
        // annotated within 1 ms once CoreNLP is warm (it was, after another test in this JVM).
        StringBuilder paragraphs = new StringBuilder();
        for (int i = 1; i <= 3300; i++) {
            paragraphs.append("The council approved budget line ").append(i).append(" on Tuesday, the clerk said.\n\n");
        }
        String longText = paragraphs.toString();
        IngestResult input = new IngestResult(List.of(article("a1", "long.txt", longText)),
                List.of(new InputProblem("empty.txt", "empty file")));
        AnalysisResult result = new Analyzer(Duration.ofMillis(1)).analyze(input, ProgressListener.NONE);

        assertEquals(List.of(), result.articles());
        assertEquals(2, result.problems().size());
        assertEquals("long.txt", result.problems().get(1).path());
        assertTrue(result.problems().get(1).reason().startsWith("analysis took longer than the 1 ms budget"),
                result.problems().get(1).reason());
    }

    @Test
    void articlesWithinTheBudgetAreAnalysed() {
        IngestResult input = new IngestResult(List.of(article("a1", "short.txt", "The council approved the budget.\n")), List.of());
        AnalysisResult result = new Analyzer(Duration.ofMinutes(5)).analyze(input, ProgressListener.NONE);
        assertEquals(List.of("a1"), result.articles().stream().map(Article::id).toList());
        assertEquals(List.of(), result.problems());
    }
}
