package org.parallax.claims;

import java.util.List;
import org.parallax.model.Entity;
import org.parallax.nlp.AnnotatedArticle;

/** Groups the entity mentions of all articles into cross-document entities. */
public final class EntityResolver {
    public List<Entity> resolve(List<AnnotatedArticle> articles) {
        return List.of();
    }
}
