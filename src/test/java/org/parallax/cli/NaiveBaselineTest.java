package org.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.align.ClaimStory;
import org.parallax.compare.ClaimComparator;
import org.parallax.model.Cluster;

/** The benchmark's yardstick must do the same job as the engine, or its time means nothing. */
class NaiveBaselineTest {
    private final ClaimStory story = new ClaimStory();

    @Test
    void allPairsMatchingClustersTheSameFactAcrossSourcesAndLeavesTheRestUnique() {
        story.article("a1", "The harbour bridge will close for eighteen months of repairs, the city council decided on Tuesday.",
                "The mayor thanked the engineers.");
        story.article("a2", "On Tuesday the city council decided to close the harbour bridge for eighteen months of repairs.",
                "A new ferry service will start in May.");
        List<Cluster> clusters = new NaiveBaseline.AllPairs(new ClaimComparator(), 0.5).align(story.articles, story.claims, List.of());
        assertEquals(1, clusters.size(), clusters.toString());
        assertEquals(List.of("c1", "c3"), clusters.get(0).claims());
        assertTrue(clusters.get(0).pairs().size() == 1);
    }
}
