package org.parallax.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parallax.model.Claim;
import org.parallax.model.ClaimPair;
import org.parallax.model.Cluster;
import org.parallax.model.Entity;
import org.parallax.model.Relation;
import org.parallax.nlp.AnnotatedArticle;

class AlignerTest {
    private final ClaimStory story = new ClaimStory();
    private final List<Claim> claims = story.claims;
    private final List<AnnotatedArticle> articles = story.articles;

    private void article(String id, String... sentences) {
        story.article(id, sentences);
    }

    private void articleNaming(String id, List<String> entityIds, String... sentences) {
        story.articleNaming(id, entityIds, sentences);
    }

    private Cluster clusterOf(List<Cluster> clusters, String claimId) {
        return clusters.stream().filter(k -> k.claims().contains(claimId)).findFirst().orElse(null);
    }

    @Test
    void theSameFactFromTwoSourcesIsOneClusterAndAOneSourceClaimStaysUnique() {
        article("a1", "The harbour bridge will close for eighteen months of repairs, the city council decided on Tuesday.",
                "The mayor thanked the engineers.");
        article("a2", "On Tuesday the city council decided to close the harbour bridge for eighteen months of repairs.",
                "A new ferry service will start in May.");
        List<Cluster> clusters = new Aligner().align(articles, claims, List.of());
        Cluster k = clusterOf(clusters, "c1");
        assertTrue(k != null && k.claims().contains("c3"), clusters.toString());
        assertFalse(k.topic().isBlank());
        ClaimPair p = k.pairs().get(0);
        assertEquals(Set.of("c1", "c3"), Set.of(p.a(), p.b()));
        assertEquals(Relation.AGREE, p.relation(), p.explanation());
        assertEquals(null, clusterOf(clusters, "c2"), "a claim only one source carries stays unclustered");
        assertEquals(null, clusterOf(clusters, "c4"));
    }

    @Test
    void aShortHeadlineTheLeadRepeatsStandsInTheLeadsCluster() {
        article("a1", "The council votes",
                "The council votes to close the harbour bridge for eighteen months of repairs, it decided on Tuesday.");
        article("a2", "On Tuesday the city council decided to close the harbour bridge for eighteen months of repairs.");
        List<Cluster> clusters = new Aligner().align(articles, claims, List.of());
        Cluster k = clusterOf(clusters, "c2");
        assertTrue(k != null && k.claims().containsAll(List.of("c1", "c2", "c3")), clusters.toString());
        assertEquals(1, clusters.size(), clusters.toString());
    }

    @Test
    void aSentenceTellingThreeFactsStandsWithEachOfThem() {
        List<Entity> people = List.of(new Entity("e1", "Ann Lee", "PERSON", List.of()),
                new Entity("e2", "Omar Haddad", "PERSON", List.of()), new Entity("e3", "Nina Park", "PERSON", List.of()));
        List<List<String>> each = List.of(List.of("e1"), List.of("e2"), List.of("e3"));
        story.articleNamingEach("a1", List.of(List.of("e1", "e2", "e3")), "Mayor Ann Lee closed the harbour bridge for repairs on Tuesday, "
                + "Omar Haddad opened a cancer ward at the hospital and the school board hired Nina Park as principal.");
        story.articleNamingEach("a2", each, "Mayor Ann Lee closed the harbour bridge for repairs on Tuesday.",
                "Omar Haddad opened a cancer ward at the hospital.", "The school board hired Nina Park as principal.");
        story.articleNamingEach("a3", each, "On Tuesday the harbour bridge was closed for repairs by Mayor Ann Lee.",
                "A cancer ward at the hospital was opened by Omar Haddad.", "Nina Park was hired as principal by the school board.");
        story.articleNamingEach("a4", each, "Mayor Ann Lee had the harbour bridge closed on Tuesday for repairs.",
                "Omar Haddad has opened the hospital's cancer ward.", "The school board has hired Nina Park to be principal.");
        List<Cluster> clusters = new Aligner().align(articles, claims, people);
        for (String fact : List.of("c2", "c3", "c4")) {
            Cluster k = clusterOf(clusters, fact);
            assertTrue(k != null && k.claims().contains("c1"), fact + " " + clusters);
        }
        assertEquals(3, clusters.size(), clusters.toString());
    }

    @Test
    void aContradictionInsideAClusterIsLabelledWithItsEvidence() {
        article("a1", "The storm killed 12 people in the coastal town of Riverton on Sunday.");
        article("a2", "The storm killed 19 people in the coastal town of Riverton on Sunday.");
        List<Cluster> clusters = new Aligner().align(articles, claims, List.of());
        assertEquals(1, clusters.size(), clusters.toString());
        ClaimPair p = clusters.get(0).pairs().get(0);
        assertEquals(Relation.CONTRADICT, p.relation(), p.explanation());
        assertTrue(p.explanation().contains("12") && p.explanation().contains("19"), p.explanation());
    }

    @Test
    void twoSimilarButDifferentEventsAreNotMerged() {
        article("a1", "The president had a telephone call with the German chancellor last week about trade.");
        article("a2", "The president hosted a working breakfast in Rome with visiting senators on Thursday.");
        List<Cluster> clusters = new Aligner().align(articles, claims, List.of());
        assertTrue(clusters.isEmpty(), clusters.toString());
    }

    @Test
    void theSameActNamingADifferentPersonIsNotAligned() {
        List<Entity> people = List.of(new Entity("e1", "Anna Berg", "PERSON", List.of()),
                new Entity("e2", "Carl Dunn", "PERSON", List.of()), new Entity("e3", "Ella Finch", "PERSON", List.of()));
        articleNaming("a1", List.of("e1", "e2"), "Anna Berg and Carl Dunn had a long telephone conversation last week.");
        articleNaming("a2", List.of("e1", "e3"), "Anna Berg and Ella Finch often have long telephone conversations.");
        List<Cluster> clusters = new Aligner().align(articles, claims, people);
        assertTrue(clusters.isEmpty(), clusters.toString());
    }
}
