package org.parallax.framing;

import java.util.List;
import org.parallax.model.ArticleFraming;
import org.parallax.model.Entity;
import org.parallax.nlp.AnnotatedArticle;

/** How an article tells the story: labels for entities, loaded words, hedges, attribution verbs. */
public final class FramingAnalyzer {
    public ArticleFraming analyze(AnnotatedArticle article, List<Entity> entities) {
        return ArticleFraming.empty();
    }
}
