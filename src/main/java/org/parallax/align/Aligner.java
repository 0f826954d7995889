package org.parallax.align;

import java.util.List;
import org.parallax.model.Claim;
import org.parallax.model.Cluster;
import org.parallax.model.Entity;
import org.parallax.nlp.AnnotatedArticle;

/** Finds claims of different articles that report the same fact, and labels each pair in a cluster. */
public final class Aligner {
    public List<Cluster> align(List<AnnotatedArticle> articles, List<Claim> claims, List<Entity> entities) {
        return List.of();
    }
}
