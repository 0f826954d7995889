package org.parallax.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parallax.model.AnalysisResult;
import org.parallax.model.Article;
import org.parallax.model.Claim;
import org.parallax.model.ClaimPair;
import org.parallax.model.Cluster;
import org.parallax.model.Provenance;
import org.parallax.model.Relation;
import org.parallax.model.RelationKind;
import org.parallax.model.Reuse;
import org.parallax.model.ReuseSpan;
import org.parallax.model.StoryFindings;
import org.parallax.model.WireCategory;
import org.parallax.model.WireClaim;
import org.parallax.model.WireComparison;

/** The wire-copy view and the provenance graph on a made-up wire story and its rewrite. */
class WireCopyTest {
    private static final String WIRE = "The council approved the budget. Taxes rise by 3 percent. The mayor was absent. Parks close at nine.";
    private static final String REWRITE = "The council approved the budget. Taxes will go up 3 percent, officials said. "
            + "Taxes rise by 5 percent. Locals were angry.";

    private static Claim claim(String id, String article, String text, String in) {
        int start = in.indexOf(text);
        return new Claim(id, article, text, start, start + text.length(), List.of(), null, null, false, List.of(), false,
                List.of(), List.of(), 0);
    }

    private static AnalysisResult story(LocalDate wireDate, LocalDate rewriteDate) {
        Article wire = Article.read("wire.txt", "txt", WIRE).withId("a1").withMetadata(null, "Wire", wireDate, null, null);
        Article rewrite = Article.read("rewrite.txt", "txt", REWRITE).withId("a2").withMetadata(null, "Daily", rewriteDate, null, null);
        List<Claim> claims = List.of(
                claim("c1", "a1", "The council approved the budget.", WIRE),
                claim("c2", "a1", "Taxes rise by 3 percent.", WIRE),
                claim("c3", "a1", "The mayor was absent.", WIRE),
                claim("c4", "a1", "Parks close at nine.", WIRE),
                claim("c11", "a2", "The council approved the budget.", REWRITE),
                claim("c12", "a2", "Taxes will go up 3 percent, officials said.", REWRITE),
                claim("c13", "a2", "Taxes rise by 5 percent.", REWRITE),
                claim("c14", "a2", "Locals were angry.", REWRITE));
        List<Cluster> clusters = List.of(
                new Cluster("k1", "Budget", List.of("c1", "c11", "c3"), List.of(
                        // the mayor's absence has the copied sentence for a counterpart: it must not become its rewording
                        new ClaimPair("c3", "c11", Relation.AGREE, null, 0.7, "same"))),
                new Cluster("k2", "Taxes", List.of("c2", "c12", "c13", "c4", "c14"), List.of(
                        new ClaimPair("c2", "c12", Relation.AGREE, null, 0.8, "same"),
                        new ClaimPair("c2", "c13", Relation.CONTRADICT, RelationKind.NUMBER, 0.9, "A says '3 percent', B says '5 percent'."),
                        new ClaimPair("c4", "c14", Relation.RELATED, null, 0.1, "Same topic, another fact", false))));
        int at = REWRITE.indexOf("The council");
        List<Reuse> reuse = List.of(
                new Reuse("a1", "a2", 0.3, List.of(new ReuseSpan(0, 32, at, at + 32))),
                new Reuse("a2", "a1", 0.25, List.of(new ReuseSpan(at, at + 32, 0, 32))));
        return new AnalysisResult(AnalysisResult.SCHEMA, "test", List.of(wire, rewrite), claims, List.of(), clusters,
                Map.of(), reuse, StoryFindings.none(), List.of());
    }

    @Test
    void everyClaimOfTheOriginalIsCopiedRewordedChangedOrCutAndTheRestOfTheRewriteIsAdded() {
        WireComparison wire = new WireCopy().compare(story(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 2)), "a1", "a2");

        Map<String, WireCategory> byClaim = new LinkedHashMap<>();
        wire.claims().forEach(c -> byClaim.put(c.claim(), c.category()));
        assertEquals(WireCategory.COPIED, byClaim.get("c1"));
        assertEquals(WireCategory.CHANGED, byClaim.get("c2"), "a contradicting counterpart tells more than an agreeing one");
        assertEquals(WireCategory.CUT, byClaim.get("c3"), "a copied sentence is no one else's rewording");
        assertEquals(WireCategory.CUT, byClaim.get("c4"), "a context pair is no counterpart");
        assertEquals(WireCategory.ADDED, byClaim.get("c14"));
        assertFalse(byClaim.containsKey("c11") || byClaim.containsKey("c13"), "the rewrite's copy and change are not added");
        WireClaim changed = wire.claims().stream().filter(c -> c.claim().equals("c2")).findFirst().orElseThrow();
        assertEquals("c13", changed.counterpart());
        assertTrue(changed.explanation().contains("'5 percent'"));
        assertEquals(0.25, wire.share(WireCategory.COPIED), 1e-9, "one of the original's four claims");
    }

    @Test
    void theLaterSourceTookFromTheEarlierOneWhenTheDatesSaySo() {
        AnalysisResult dated = story(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 2));
        Provenance p = new ProvenanceGraph().of(dated.articles(), dated.claims(), dated.clusters(), dated.reuse(), Set.of());

        assertEquals(1, p.edges().size());
        assertTrue(p.edges().get(0).directed());
        assertEquals("a1", p.edges().get(0).from());
        assertEquals(0.25, p.edges().get(0).textShare(), 1e-9, "the share of the later article's text");
        assertEquals("a1", p.likelySources().get(0).source());
        assertTrue(p.likelySources().get(0).evidence().contains("25% of its text"), p.likelySources().get(0).evidence());
        assertEquals("a1", p.proposedOriginal());
    }

    @Test
    void aMisdatedSourceGivesItsLinkNoDirection() {
        AnalysisResult dated = story(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 2));
        Provenance p = new ProvenanceGraph().of(dated.articles(), dated.claims(), dated.clusters(), dated.reuse(), Set.of("a1"));

        assertFalse(p.edges().get(0).directed());
        assertNull(p.proposedOriginal());
    }

    @Test
    void withoutDatesTheLinkHasNoDirectionAndNoSourceIsProposed() {
        AnalysisResult undated = story(null, LocalDate.of(2024, 3, 2));
        Provenance p = new ProvenanceGraph().of(undated.articles(), undated.claims(), undated.clusters(), undated.reuse(), Set.of());

        assertFalse(p.edges().get(0).directed());
        assertTrue(p.likelySources().isEmpty());
        assertNull(p.proposedOriginal());
    }
}
