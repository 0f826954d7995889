package org.parallax.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.ingest.Cleaner;
import org.parallax.model.Article;
import org.parallax.model.ParagraphKind;
import org.parallax.model.TimeValue;
import org.parallax.nlp.AnnotatedArticle;
import org.parallax.nlp.AnnotatedSentence;
import org.parallax.nlp.NamedMention;
import org.parallax.nlp.Token;

/** Reopening a project must not run CoreNLP again on unchanged articles, and must never reuse stale annotations. */
class AnnotationCacheTest {
    @TempDir
    Path dir;

    private static Article article(String text, LocalDate published) {
        Article a = Article.read("a.txt", "txt", text).withId("a1");
        return Cleaner.standard().clean(a.withMetadata(null, null, published, null, null));
    }

    private static AnnotatedArticle annotated(Article a) {
        AnnotatedSentence s = new AnnotatedSentence(0, 20, ParagraphKind.BODY,
                List.of(new Token(0, 4, "Lena", "Lena", "NNP", "PERSON", null)),
                List.of(new NamedMention(0, 11, "Lena Okafor", "PERSON")),
                List.of(new TimeValue("Monday", 12, 18, "DATE", "2023-04-17")));
        return new AnnotatedArticle(a, List.of(s));
    }

    @Test
    void anAnnotationWrittenByOneSessionIsReadByTheNext() {
        Article a = article("Lena Okafor opened the bridge on Monday.", LocalDate.of(2023, 4, 20));
        new AnnotationCache(dir).put(annotated(a));
        AnnotatedArticle again = new AnnotationCache(dir).get(a).orElseThrow();
        assertEquals(annotated(a).sentences(), again.sentences());
        assertEquals(a, again.article(), "the current article, not a stored copy, comes back");
    }

    @Test
    void aRefreshingCacheReadsNothingFromDiskButLeavesItsAnnotationsForTheNextSession() {
        Article a = article("Lena Okafor opened the bridge on Monday.", LocalDate.of(2023, 4, 20));
        new AnnotationCache(dir).put(annotated(a));
        AnnotationCache refreshing = AnnotationCache.refreshing(dir);
        // The launcher's start-up recording must run CoreNLP, so a stored entry does not count...
        assertTrue(!refreshing.contains(a) && refreshing.get(a).isEmpty());
        Article b = article("Lena Okafor closed the bridge on Tuesday.", LocalDate.of(2023, 4, 20));
        refreshing.put(annotated(b));
        // ...and what it annotates is there for the window that opens next.
        assertEquals(annotated(b).sentences(), new AnnotationCache(dir).get(b).orElseThrow().sentences());
    }

    @Test
    void anEntryBundledWithTheInstallerIsReadWhereTheUsersCacheHasNone() throws IOException {
        Article a = article("Lena Okafor opened the bridge on Monday.", LocalDate.of(2023, 4, 20));
        Path bundled = dir.resolve("bundled");
        new AnnotationCache(bundled).put(annotated(a));
        AnnotationCache cache = AnnotationCache.withBundled(dir.resolve("user"), bundled);
        assertTrue(cache.contains(a));
        assertEquals(annotated(a).sentences(), cache.get(a).orElseThrow().sentences());
        Article b = article("Lena Okafor closed the bridge on Tuesday.", LocalDate.of(2023, 4, 20));
        cache.put(annotated(b));
        // New annotations go to the user's folder; the installed folder is never written.
        assertTrue(new AnnotationCache(dir.resolve("user")).get(b).isPresent());
        assertTrue(new AnnotationCache(bundled).get(b).isEmpty());
    }

    @Test
    void aChangedDateOrTextIsAnnotatedAfresh() {
        Article a = article("Lena Okafor opened the bridge on Monday.", LocalDate.of(2023, 4, 20));
        AnnotationCache cache = new AnnotationCache(dir);
        cache.put(annotated(a));
        // Relative dates normalize against the published date, so a new date needs new annotations.
        assertTrue(cache.get(article("Lena Okafor opened the bridge on Monday.", LocalDate.of(2024, 4, 20))).isEmpty());
        assertTrue(cache.get(article("Lena Okafor closed the bridge on Monday.", LocalDate.of(2023, 4, 20))).isEmpty());
        assertNotEquals(AnnotationCache.key(a), AnnotationCache.key(article("Lena Okafor opened the bridge on Monday.", null)));
    }

    @Test
    void aDamagedEntryIsIgnored() throws IOException {
        Article a = article("Lena Okafor opened the bridge on Monday.", LocalDate.of(2023, 4, 20));
        new AnnotationCache(dir).put(annotated(a));
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.writeString(f, "not gzip");
            }
        }
        assertTrue(new AnnotationCache(dir).get(a).isEmpty());
    }

    @Test
    void theClaimVectorsOfOneSessionAreReadByTheNextExactlyAndDamagedOnesAreIgnored() throws IOException {
        Article a = article("Lena Okafor opened the bridge on Monday.", LocalDate.of(2023, 4, 20));
        float[] v = {0.6f, -0.8f, 1e-7f};
        new AnnotationCache(dir).putVectors(a, "bge", java.util.Map.of("Lena Okafor opened the bridge.", v));
        AnnotationCache next = new AnnotationCache(dir);
        assertTrue(next.containsVectors(a, "bge"));
        // Bit for bit: the same vectors give the same comparisons as computing them again.
        org.junit.jupiter.api.Assertions.assertArrayEquals(v, next.vectors(a, "bge").get("Lena Okafor opened the bridge."));
        assertTrue(next.vectors(a, "other-model").isEmpty(), "another model's vectors are not this one's");
        assertTrue(next.vectors(article("Lena Okafor closed the bridge on Monday.", LocalDate.of(2023, 4, 20)), "bge").isEmpty());
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.writeString(f, "not gzip");
            }
        }
        assertTrue(new AnnotationCache(dir).vectors(a, "bge").isEmpty());
    }

    @Test
    void bundledVectorsAreReadAndNewOnesGoToTheUsersFolder() {
        Article a = article("Lena Okafor opened the bridge on Monday.", LocalDate.of(2023, 4, 20));
        Path bundled = dir.resolve("bundled");
        new AnnotationCache(bundled).putVectors(a, "bge", java.util.Map.of("Lena Okafor opened the bridge.", new float[] {1f}));
        AnnotationCache cache = AnnotationCache.withBundled(dir.resolve("user"), bundled);
        assertTrue(cache.containsVectors(a, "bge"));
        Article b = article("Lena Okafor closed the bridge on Tuesday.", LocalDate.of(2023, 4, 20));
        cache.putVectors(b, "bge", java.util.Map.of("Lena Okafor closed the bridge.", new float[] {1f}));
        assertTrue(new AnnotationCache(dir.resolve("user")).containsVectors(b, "bge"));
        assertTrue(!new AnnotationCache(bundled).containsVectors(b, "bge"));
    }
}
