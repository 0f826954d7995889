package org.parallax.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.ingest.Cleaner;
import org.parallax.ingest.IngestResult;
import org.parallax.model.AnalysisResult;
import org.parallax.model.Article;
import org.parallax.model.ProgressListener;

/** A second start reads the claims' sentence vectors from the cache, and the story comes out the same. */
class ClaimVectorCacheTest {
    @TempDir
    Path dir;

    private static Article article(String id, String path, String text) {
        return Cleaner.standard().clean(Article.read(path, "txt", text).withId(id));
    }

    @Test
    void vectorsKeptByOneAnalysisGiveTheNextTheSameResult() throws Exception {
        IngestResult input = new IngestResult(List.of(
                article("a1", "wire.txt", "The council approved the new budget on Tuesday, the clerk said.\n\n"
                        + "Officials said 300 officers were deployed to the square.\n"),
                article("a2", "paper.txt", "The city council approved its new budget on Tuesday.\n\n"
                        + "Officials said 600 officers were deployed to the square.\n")), List.of());
        AnalysisResult first = new Analyzer(Duration.ofMinutes(5), new AnnotationCache(dir), 1).analyze(input, ProgressListener.NONE);
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(2, files.filter(f -> f.getFileName().toString().endsWith(".bge.vectors.gz")).count(),
                    "one file of claim vectors an article, beside its annotation");
        }
        AnalysisResult second = new Analyzer(Duration.ofMinutes(5), new AnnotationCache(dir), 1).analyze(input, ProgressListener.NONE);
        assertTrue(!first.clusters().isEmpty());
        assertEquals(first.claims(), second.claims());
        assertEquals(first.clusters(), second.clusters());
    }
}
