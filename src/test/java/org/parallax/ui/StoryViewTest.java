package org.parallax.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parallax.model.AnalysisResult;
import org.parallax.model.Claim;
import org.parallax.model.StoryFindings;
import org.parallax.ui.model.ClaimKey;
import org.parallax.ui.model.Correction;
import org.parallax.ui.model.Group;
import org.parallax.ui.model.Status;
import org.parallax.ui.model.StoryView;

class StoryViewTest {
    private final AnalysisResult story = SyntheticStory.story();

    private Claim claim(String text) {
        return SyntheticStory.claimWithText(story, text);
    }

    @Test
    void eachClaimTakesTheWorstRelationItIsPartOf() {
        StoryView v = new StoryView(story, Set.of(), List.of());
        assertEquals(Status.CONTRADICT, v.statusOf(claim(SyntheticStory.HERALD_COST).id()));
        assertEquals(Status.CONTRADICT, v.statusOf(claim(SyntheticStory.POST_COST).id()));
        assertEquals(Status.AGREE, v.statusOf(claim("Ferries will run every twenty minutes during the closure.").id()));
        assertEquals(Status.UNIQUE, v.statusOf(claim("The mayor has long neglected the crumbling bridge, critics say.").id()));
        assertEquals(Status.CONTRADICT, v.group("k2").status());
    }

    @Test
    void aClaimInTwoMatchesOpensTheOneWhereItStandsWorst() {
        Claim heraldCost = claim(SyntheticStory.HERALD_COST);
        Claim gazetteFerries = claim("Ferries will run every twenty minutes during the closure.");
        AnalysisResult twice = SyntheticStory.withCluster(story, new org.parallax.model.Cluster("k9", "bridge works", List.of(gazetteFerries.id(), heraldCost.id()),
                List.of(new org.parallax.model.ClaimPair(gazetteFerries.id(), heraldCost.id(), org.parallax.model.Relation.AGREE,
                        null, 0.97, "A and B both say 'bridge'."))));
        StoryView v = new StoryView(twice, Set.of(), List.of());
        assertEquals(Status.CONTRADICT, v.statusOf(heraldCost.id()), "a later, agreeing match does not hide the contradiction");
        assertEquals("k2", v.groupOf(heraldCost.id()).id(), "selecting the red claim opens the contradiction");
        assertEquals("k9", v.groupOf(gazetteFerries.id()).id(), "between two agreeing matches, the closest counterpart's");
    }

    @Test
    void selectingAClaimShowsItsOwnCounterpartsFromEveryMatchAndNotTheMatchesOtherFacts() {
        Claim heraldCost = claim(SyntheticStory.HERALD_COST);
        Claim heraldFerries = claim("Ferries will run every twenty minutes while the bridge is shut.");
        Claim gazetteClosure = claim("The city council voted on Tuesday to close the Harbour Bridge for six weeks of repairs.");
        Claim gazetteFerries = claim("Ferries will run every twenty minutes during the closure.");
        Claim gazetteCost = claim(SyntheticStory.GAZETTE_COST);
        // An event-sized match: the Herald's cost claim sits with the Gazette's closure claim only as
        // "same topic", and agrees with the Gazette's ferries claim in a second match.
        AnalysisResult twice = SyntheticStory.withCluster(story, new org.parallax.model.Cluster("k9", "bridge works",
                List.of(gazetteClosure.id(), gazetteFerries.id(), heraldCost.id(), heraldFerries.id()), List.of(
                new org.parallax.model.ClaimPair(gazetteClosure.id(), heraldCost.id(), org.parallax.model.Relation.RELATED,
                        null, 0.4, "A and B share 'bridge' but tell different things."),
                new org.parallax.model.ClaimPair(gazetteFerries.id(), heraldCost.id(), org.parallax.model.Relation.AGREE,
                        null, 0.6, "A and B both say 'bridge'."),
                new org.parallax.model.ClaimPair(gazetteFerries.id(), heraldFerries.id(), org.parallax.model.Relation.AGREE,
                        null, 0.95, "Same ferry schedule."))));
        StoryView v = new StoryView(twice, Set.of(), List.of());

        Group shown = v.focus(heraldCost.id(), null);
        Set<String> ids = new java.util.HashSet<>();
        shown.claims().forEach(c -> ids.add(c.id()));
        assertEquals("k2", shown.id(), "opened from the match where the claim stands worst");
        assertEquals(Status.CONTRADICT, shown.status());
        assertTrue(ids.containsAll(List.of(heraldCost.id(), gazetteCost.id(), gazetteFerries.id())),
                "its counterparts in the contradiction and in the second match: " + shown.claims());
        assertFalse(ids.contains(gazetteClosure.id()), "a claim it only shares a topic with is not its counterpart");
        assertFalse(ids.contains(heraldFerries.id()), "nor the second match's other fact");

        Group fromMatrix = v.focus(v.lead(v.group("k9")).id(), v.group("k9"));
        assertEquals("k9", fromMatrix.id(), "a match opened from the matrix keeps its place");
        List<String> rowShows = fromMatrix.claims().stream().map(Claim::id).toList();
        assertTrue(rowShows.containsAll(List.of(gazetteFerries.id(), heraldFerries.id())), "and shows its strongest pair's fact");
        assertFalse(rowShows.contains(gazetteClosure.id()), "not the claim that only shares its topic");
        assertEquals(4, v.focus(gazetteClosure.id(), v.group("k9")).claims().size(),
                "a claim with no counterpart of its own in the match shows the whole match");
    }

    @Test
    void claimsThatOnlyShareATopicShowAsRelatedNeverAsAgreeing() {
        Claim neglect = claim("The mayor has long neglected the crumbling bridge, critics say.");
        Claim bakery = claim("A new bakery opened on Mill Street on Saturday.");
        AnalysisResult withTopic = SyntheticStory.withCluster(story, new org.parallax.model.Cluster("k9", "town news", List.of(neglect.id(), bakery.id()),
                List.of(new org.parallax.model.ClaimPair(neglect.id(), bakery.id(), org.parallax.model.Relation.RELATED,
                        null, 0.2, "A and B share little wording."))));
        StoryView v = new StoryView(withTopic, Set.of(), List.of());
        assertEquals(Status.RELATED, v.statusOf(neglect.id()), "no other source confirms it");
        assertEquals(Status.RELATED, v.group("k9").status());
        assertEquals(4, v.sharedFacts(), "a match of related claims is no shared fact");
    }

    @Test
    void summaryCountsSharedFactsContradictionsAndOffTopicSources() {
        StoryView v = new StoryView(story, Set.of(), List.of());
        assertEquals("4 sources · 4 shared facts · 1 contradiction · 1 divergence · 1 off-topic", v.summary());
    }

    @Test
    void excludingASourceDropsItsClaimsFromEveryMatch() {
        StoryView v = new StoryView(story, Set.of("a2"), List.of());
        Group cost = v.group("k2");
        assertEquals(2, cost.claims().size());
        assertEquals(Status.DIVERGE, cost.status(), "without the Herald only the softened figure differs");
        assertEquals(null, v.group("k4"), "a match left with one source is no longer shared");
        assertEquals(Status.UNIQUE, v.statusOf(claim("Ferries will run every twenty minutes during the closure.").id()));
    }

    @Test
    void notTheSameClaimIsKeyedByWordingSoItSurvivesRenumbering() {
        StoryView before = new StoryView(story, Set.of(), List.of());
        Claim postCost = claim(SyntheticStory.POST_COST);
        assertEquals(new ClaimKey("post.txt", SyntheticStory.POST_COST.toLowerCase(java.util.Locale.ROOT)), before.key(postCost),
                "the key is the file name and the wording, never the claim id a new analysis renumbers");
        Correction c = new Correction(Correction.Kind.NOT_SAME, before.key(postCost), List.of(), null);
        StoryView after = new StoryView(SyntheticStory.story(), Set.of(), List.of(c));
        assertEquals(Status.UNIQUE, after.statusOf(postCost.id()));
        assertEquals(Status.CONTRADICT, after.group("k2").status());
        assertEquals(2, after.group("k2").claims().size());
    }

    @Test
    void differencesFollowTheFilterInReadingOrder() {
        StoryView v = new StoryView(story, Set.of(), List.of());
        assertEquals(List.of("k2", "k3"), v.differences(EnumSet.of(Status.CONTRADICT, Status.DIVERGE)).stream().map(Group::id).toList());
        assertEquals(List.of("k3"), v.differences(EnumSet.of(Status.DIVERGE)).stream().map(Group::id).toList());
        assertEquals(List.of("k2", "k3"), v.differences(EnumSet.allOf(Status.class)).stream().map(Group::id).toList(),
                "conflicts first: unique claims are not stepped through while there are conflicts to show");
        assertEquals(17, v.differences(EnumSet.of(Status.UNIQUE)).size(),
                "with only unique claims shown, stepping goes through them: the Herald's, the Post's 14, the Weekly's 2");
    }

    @Test
    void mergedEntitiesBecomeOneWithEverySpellingAndSplitsTakeASpellingAway() {
        StoryView merged = new StoryView(story, Set.of(), List.of(Correction.mergeEntities(List.of("Lena Okafor", "Harbour Bridge"))));
        assertEquals(1, merged.entities().size());
        assertEquals(6, merged.entities().get(0).mentions().size());
        assertEquals("Lena Okafor", merged.entity("e2").name(), "the old id finds the merged entity");

        StoryView split = new StoryView(story, Set.of(), List.of(
                Correction.mergeEntities(List.of("Lena Okafor", "Harbour Bridge")), Correction.splitEntity("Lena Okafor", "Harbour Bridge")));
        assertEquals(List.of("Lena Okafor", "Harbour Bridge"), split.entities().stream().map(e -> e.name()).toList());
        assertEquals(3, split.entities().get(1).mentions().size());
    }

    @Test
    void anEmptyAnalysisShowsNothingAndSaysSo() {
        AnalysisResult empty = new AnalysisResult(AnalysisResult.SCHEMA, "", List.of(), List.of(), List.of(), List.of(),
                Map.of(), List.of(), StoryFindings.none(), List.of());
        StoryView v = new StoryView(empty, Set.of(), List.of());
        assertTrue(v.groups().isEmpty());
        assertEquals("0 sources · 0 shared facts · 0 contradictions · 0 divergences", v.summary());
    }

    @Test
    void theColumnsUnderlineOnlyTheFramingThatSetsASourceApartUnlessAllIsAsked() {
        // The Gazette also calls the mayor "neglected": that word is no longer the Herald's own.
        java.util.Map<String, org.parallax.model.ArticleFraming> framing = new java.util.LinkedHashMap<>(story.framing());
        org.parallax.model.FramingItem neglected = story.framing().get("a2").items().get(1);
        framing.put("a1", new org.parallax.model.ArticleFraming(List.of(neglected), List.of(), 60, Map.of(), Map.of()));
        AnalysisResult shared = new AnalysisResult(story.schema(), story.generator(), story.articles(), story.claims(),
                story.entities(), story.clusters(), framing, story.reuse(), story.story(), story.problems());
        StoryView v = new StoryView(shared, Set.of(), List.of());

        assertEquals(List.of("crumbling"), v.distinctiveFraming("a2").stream().map(f -> f.text()).toList(),
                "the Herald's own loaded word stays marked, the one both use does not");
        assertEquals(2, v.framing("a2").size(), "show all framing still has both");
        StoryView withoutGazette = new StoryView(shared, Set.of("a1"), List.of());
        assertEquals(2, withoutGazette.distinctiveFraming("a2").size(), "an excluded source does not count");
    }
}
