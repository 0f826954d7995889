package org.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.compare.ClaimComparator;
import org.parallax.model.Article;
import org.parallax.model.Claim;
import org.parallax.model.Cluster;
import org.parallax.model.Paragraph;
import org.parallax.model.ParagraphKind;
import org.parallax.nlp.AnnotatedArticle;

/** The benchmark's yardstick must do the same job as the engine, or its time means nothing. */
class NaiveBaselineTest {
    private final List<Claim> claims = new ArrayList<>();
    private final List<AnnotatedArticle> articles = new ArrayList<>();

    private void article(String id, String... sentences) {
        String text = String.join(" ", sentences);
        Article a = Article.read(id + ".txt", "txt", text).withId(id)
                .withCleaning(List.of(new Paragraph(0, text.length(), ParagraphKind.BODY)), List.of());
        articles.add(new AnnotatedArticle(a, List.of()));
        int at = 0;
        for (String s : sentences) {
            claims.add(new Claim("c" + (claims.size() + 1), id, s, at, at + s.length(), List.of(), null, null, false,
                    List.of(), false, List.of(), List.of()));
            at += s.length() + 1;
        }
    }

    @Test
    void allPairsMatchingClustersTheSameFactAcrossSourcesAndLeavesTheRestUnique() {
        article("a1", "The harbour bridge will close for eighteen months of repairs, the city council decided on Tuesday.",
                "The mayor thanked the engineers.");
        article("a2", "On Tuesday the city council decided to close the harbour bridge for eighteen months of repairs.",
                "A new ferry service will start in May.");
        List<Cluster> clusters = new NaiveBaseline.AllPairs(new ClaimComparator(), 0.5).align(articles, claims, List.of());
        assertEquals(1, clusters.size(), clusters.toString());
        assertEquals(List.of("c1", "c3"), clusters.get(0).claims());
        assertTrue(clusters.get(0).pairs().size() == 1);
    }
}
