package org.parallax.nlp;

import java.util.List;
import org.parallax.model.Article;

/** An article with its sentences annotated; what every later stage reads. */
public record AnnotatedArticle(Article article, List<AnnotatedSentence> sentences) {
    public AnnotatedArticle {
        sentences = List.copyOf(sentences);
    }
}
