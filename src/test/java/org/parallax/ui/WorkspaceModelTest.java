package org.parallax.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.parallax.model.AnalysisResult;
import org.parallax.model.Claim;
import org.parallax.model.ClaimPair;
import org.parallax.model.Cluster;
import org.parallax.model.Relation;

class WorkspaceModelTest {
    private final AnalysisResult base = SyntheticStory.story();

    @Test
    void aClickedClaimKeepsTheCounterpartsOfAllItsMatchesWhenTheViewIsRebuilt() {
        Claim heraldCost = SyntheticStory.claimWithText(base, SyntheticStory.HERALD_COST);
        Claim gazetteFerries = SyntheticStory.claimWithText(base, "Ferries will run every twenty minutes during the closure.");
        AnalysisResult story = SyntheticStory.withCluster(base, new Cluster("k9", "bridge works",
                List.of(gazetteFerries.id(), heraldCost.id()),
                List.of(new ClaimPair(gazetteFerries.id(), heraldCost.id(), Relation.AGREE, null, 0.6, "A and B both say 'bridge'."))));
        WorkspaceModel model = new WorkspaceModel();
        model.resultProperty().set(story);

        model.select(heraldCost.id());
        Set<String> before = shown(model);
        model.addNote(heraldCost.id(), "check the invoice");

        assertEquals(before, shown(model), "a correction rebuilds the view; the clicked claim still shows both matches' counterparts");
        assertEquals(true, before.contains(gazetteFerries.id()), "the second match's counterpart is among them: " + before);
    }

    private static Set<String> shown(WorkspaceModel model) {
        return model.selectedGroupProperty().get().claims().stream().map(Claim::id).collect(Collectors.toSet());
    }
}
