package org.parallax.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.Article;
import org.parallax.model.Claim;
import org.parallax.model.Cluster;
import org.parallax.model.Paragraph;
import org.parallax.model.ParagraphKind;
import org.parallax.model.StoryFindings;
import org.parallax.nlp.AnnotatedArticle;

class StoryAnalyzerTest {
    private static AnnotatedArticle article(String id, String text, LocalDate published) {
        Article a = Article.read(id + ".txt", "txt", text).withId(id).withMetadata(null, null, published, null, null)
                .withCleaning(List.of(new Paragraph(0, text.length(), ParagraphKind.BODY)), List.of());
        return new AnnotatedArticle(a, List.of());
    }

    private static Claim claim(String id, String article) {
        return new Claim(id, article, "claim " + id, 0, 1, List.of(), null, null, false, List.of(), false, List.of(), List.of(), 0.5);
    }

    @Test
    void aWeekdayWithADateIsPinnedToTheYearItFallsOnNearTheYearsTheArticleNames() {
        var pinned = StoryAnalyzer.pinnedDates("The flood began on March 9, 2019. The council met on Tuesday, March 3.", null);
        assertEquals(LocalDate.of(2020, 3, 3), pinned.get(0).date());
    }

    @Test
    void anArticleDatedYearsAfterTheWeekdayDateItReportsIsMisdated() {
        AnnotatedArticle a = article("a1", "The council said on Tuesday, March 3, that talks went well.", LocalDate.of(2022, 9, 14));
        StoryFindings f = new StoryAnalyzer().analyze(List.of(a), List.of(), List.of());
        assertEquals(1, f.dateAnomalies().size());
        assertTrue(f.dateAnomalies().get(0).note().contains("2020"), f.dateAnomalies().get(0).note());
    }

    @Test
    void anArticleThatReportsFactsOtherArticlesDateFarAwayIsMisdated() {
        AnnotatedArticle late = article("a1", "Talks went well.", LocalDate.of(2022, 9, 14));
        AnnotatedArticle witness = article("a2", "The flood began in 2019. On Tuesday, March 3, the council said talks went well.", null);
        AnnotatedArticle third = article("a3", "Talks went well, people said.", null);
        List<Claim> claims = List.of(claim("c1", "a1"), claim("c2", "a1"), claim("c3", "a2"), claim("c4", "a2"), claim("c5", "a3"));
        List<Cluster> clusters = List.of(new Cluster("k1", "t", List.of("c1", "c3"), List.of()),
                new Cluster("k2", "t", List.of("c2", "c4", "c5"), List.of()));
        StoryFindings f = new StoryAnalyzer().analyze(List.of(late, witness, third), claims, clusters);
        assertEquals(List.of("a1"), f.dateAnomalies().stream().map(d -> d.article()).toList());
    }

    @Test
    void anArticleSharingNoFactWithTheOthersIsOffTopic() {
        List<AnnotatedArticle> articles = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        for (String id : List.of("a1", "a2", "a3", "a4")) {
            articles.add(article(id, "text", null));
            for (int i = 0; i < 4; i++) {
                claims.add(claim(id + "c" + i, id));
            }
        }
        List<Cluster> clusters = List.of(
                new Cluster("k1", "t", List.of("a1c0", "a2c0", "a3c0"), List.of()),
                new Cluster("k2", "t", List.of("a1c1", "a2c1"), List.of()),
                new Cluster("k3", "t", List.of("a2c2", "a3c2"), List.of()));
        StoryFindings f = new StoryAnalyzer().analyze(articles, claims, clusters);
        assertEquals(List.of("a4"), f.offTopic());
    }
}
