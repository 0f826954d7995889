package org.parallax.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.parallax.model.Article;
import org.parallax.model.Claim;
import org.parallax.model.ClaimPair;
import org.parallax.model.Cluster;
import org.parallax.model.DateAnomaly;
import org.parallax.model.Relation;
import org.parallax.model.RelationKind;
import org.parallax.model.StoryFindings;
import org.parallax.model.TimeValue;
import org.parallax.model.Timeline;
import org.parallax.model.TimelineChange;
import org.parallax.model.TimelineFact;
import org.junit.jupiter.api.Test;

class StoryTimelineTest {
    private static final LocalDate MAY_1 = LocalDate.of(2023, 5, 1);

    private static Article article(String id, LocalDate published) {
        return Article.read(id + ".txt", "txt", "text").withId(id).withMetadata(null, "Outlet " + id, published, null, null);
    }

    private static Claim claim(String id, String article, TimeValue... dates) {
        return new Claim(id, article, "claim " + id, 0, 4, List.of(), null, null, false, List.of(), false,
                List.of(dates), List.of(), 0);
    }

    private static ClaimPair pair(String a, String b, Relation relation) {
        return new ClaimPair(a, b, relation, relation == Relation.CONTRADICT ? RelationKind.TEMPORAL : null, 0.7, "A and B");
    }

    private static ClaimPair context(String a, String b) {
        return new ClaimPair(a, b, Relation.RELATED, null, 0.2, "Same topic, another fact", false);
    }

    /** Four sources: a1 first, a2 two weeks later, a3 the same day as a2, a4 undated. */
    private static final List<Article> ARTICLES = List.of(article("a1", MAY_1), article("a2", MAY_1.plusDays(14)),
            article("a3", MAY_1.plusDays(14)), article("a4", null));

    @Test
    void aLaterReportThatContradictsAnEarlierOneIsAChangeOverTime() {
        List<Claim> claims = List.of(claim("c1", "a1"), claim("c2", "a2"), claim("c3", "a4"));
        Cluster k = new Cluster("k1", "The call", List.of("c1", "c2", "c3"),
                List.of(pair("c2", "c1", Relation.CONTRADICT), pair("c1", "c3", Relation.AGREE)));

        Timeline t = StoryTimeline.of(ARTICLES, claims, List.of(k), StoryFindings.none());

        TimelineFact fact = t.facts().get(0);
        assertEquals(List.of("c1", "c2", "c3"), fact.reports().stream().map(r -> r.claim()).toList(),
                "earliest first, the undated source last");
        assertTrue(fact.reports().get(0).first());
        assertFalse(fact.reports().get(1).first());
        TimelineChange change = fact.changes().get(0);
        assertEquals("c1", change.earlier());
        assertEquals("c2", change.later());
        assertEquals(14, change.daysLater());
        assertFalse(change.earlierIsA(), "the pair names the later claim A");
        assertEquals(Map.of("a1", 1), t.firsts());
        assertEquals(List.of("a4"), t.undated());
        assertEquals(1, t.superseded().size());
    }

    @Test
    void aTopicWithTwoFactsGivesTwoAndContextPairsJoinNothing() {
        List<Claim> claims = List.of(claim("c1", "a1"), claim("c2", "a2"), claim("c3", "a1"), claim("c4", "a2"),
                claim("c5", "a4"));
        Cluster k = new Cluster("k1", "The trial", List.of("c1", "c2", "c3", "c4", "c5"), List.of(
                pair("c1", "c2", Relation.AGREE), pair("c3", "c4", Relation.DIVERGE), context("c1", "c4"),
                // a counterpart below the same-fact bar: not placed as the same fact
                new ClaimPair("c2", "c5", Relation.RELATED, null, 0.3, "little shared", true)));

        Timeline t = StoryTimeline.of(ARTICLES, claims, List.of(k), StoryFindings.none());

        assertEquals(Set.of(Set.of("c1", "c2"), Set.of("c3", "c4")), t.facts().stream()
                .map(f -> f.reports().stream().map(r -> r.claim()).collect(Collectors.toSet())).collect(Collectors.toSet()));
    }

    @Test
    void sameDayConflictsAndMisdatedSourcesChangeNothingOverTime() {
        List<Claim> claims = List.of(claim("c1", "a1"), claim("c2", "a2"), claim("c3", "a3"));
        Cluster k = new Cluster("k1", "The vote", List.of("c1", "c2", "c3"),
                List.of(pair("c2", "c3", Relation.CONTRADICT), pair("c1", "c2", Relation.CONTRADICT)));
        StoryFindings a1Misdated = new StoryFindings(List.of(), List.of(new DateAnomaly("a1", "dated far away")));

        Timeline t = StoryTimeline.of(ARTICLES, claims, List.of(k), a1Misdated);

        assertTrue(t.facts().get(0).changes().isEmpty());
        assertEquals(List.of("a1"), t.misdated());
        assertEquals(MAY_1.plusDays(14), t.from(), "a misdated source does not widen the coverage span");
    }

    @Test
    void theEventDateIsTheFirstCalendarDateTheClaimGives() {
        Claim durationThenDate = claim("c1", "a1", new TimeValue("three days", 0, 0, "DURATION", "P3D"),
                new TimeValue("April 20", 0, 0, "DATE", "2023-04-20"));
        assertEquals("2023-04-20", StoryTimeline.eventDate(durationThenDate));
        assertNull(StoryTimeline.eventDate(claim("c2", "a1", new TimeValue("last week", 0, 0, "DATE", "2023-W16"))));
    }

    @Test
    void firstReportsAreListedInSourceIdOrderSoTwoRunsWriteOneReport() {
        Map<String, Integer> firsts = new java.util.HashMap<>();
        for (String id : List.of("a9", "a3", "a7", "a1", "a5", "a8", "a2", "a6", "a4")) {
            firsts.put(id, 1);
        }
        Timeline t = new Timeline(null, null, List.of(), List.of(), firsts, List.of());
        assertEquals(List.of("a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8", "a9"), List.copyOf(t.firsts().keySet()));
    }
}
