package org.parallax.align;

import java.util.List;
import org.parallax.model.Claim;
import org.parallax.model.Cluster;
import org.parallax.model.StoryFindings;
import org.parallax.nlp.AnnotatedArticle;

/** Story-level findings: off-topic articles and articles whose date conflicts with what they report. */
public final class StoryAnalyzer {
    public StoryFindings analyze(List<AnnotatedArticle> articles, List<Claim> claims, List<Cluster> clusters) {
        return StoryFindings.none();
    }
}
