package org.parallax.framing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parallax.model.ArticleFraming;
import org.parallax.model.Entity;
import org.parallax.model.Mention;
import org.parallax.nlp.AnnotatedArticle;

class FramingComparisonTest {
    private final FramingAnalyzer analyzer = new FramingAnalyzer();

    @Test
    void ranksSourcesAndShowsHowEachLabelsTheSamePersonAndNamesTheWar() {
        String plain = "President Oskar Brenn met envoys on Monday. The war entered its second year. Brenn said talks would resume.";
        String loaded = "Valdorian dictator Oskar Brenn hosted a chaotic summit. His proxy war drags on, a disastrous failure.";
        AnnotatedArticle a1 = FramingTexts.article("a1", plain);
        AnnotatedArticle a2 = FramingTexts.article("a2", loaded);
        Entity brenn = new Entity("e1", "Oskar Brenn", "PERSON", List.of(
                new Mention("a1", "Oskar Brenn", 10, 21), new Mention("a1", "Brenn", 77, 82),
                new Mention("a2", "Oskar Brenn", 19, 30)));
        Map<String, ArticleFraming> framing = new LinkedHashMap<>();
        framing.put("a1", analyzer.analyze(a1, List.of(brenn)));
        framing.put("a2", analyzer.analyze(a2, List.of(brenn)));

        FramingComparison c = FramingComparison.of(List.of(a1.article(), a2.article()), framing, List.of(brenn));

        assertEquals("a2", c.mostLoaded());
        assertEquals("a1", c.leastLoaded());
        assertEquals(1, c.sources().get(0).rank());
        FramingComparison.LabelRow row = c.labelTable().stream().filter(r -> "e1".equals(r.entity())).findFirst().orElseThrow();
        assertEquals(List.of("President Oskar Brenn"), row.labelsBySource().get("a1"));
        assertEquals(List.of("Valdorian dictator Oskar Brenn"), row.labelsBySource().get("a2"));
        FramingComparison.DistinctTerm proxy = c.distinctiveTerms().stream()
                .filter(t -> t.term().equals("proxy war")).findFirst().orElseThrow();
        assertEquals("a2", proxy.article());
        assertTrue(proxy.note().contains("war"), proxy.note());
    }

    @Test
    void termsCompareWithoutCaseQuotesOrPlural() {
        assertEquals(FramingComparison.termKey("Regimes"), FramingComparison.termKey("regime"));
        assertEquals(FramingComparison.termKey("“secret plan”"), FramingComparison.termKey("\"secret plan\""));
    }
}
