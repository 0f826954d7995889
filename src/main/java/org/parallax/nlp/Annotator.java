package org.parallax.nlp;

import java.util.List;
import org.parallax.model.Article;

/**
 * Annotates articles (and single statements, for the pairs command). Thread-safe; the models
 * behind it load once per process.
 */
public final class Annotator {
    private static final Annotator SHARED = new Annotator();

    private Annotator() {
    }

    public static Annotator shared() {
        return SHARED;
    }

    public AnnotatedArticle annotate(Article article) {
        List<AnnotatedSentence> sentences = SentenceSplitter.split(article).stream()
                .map(s -> new AnnotatedSentence(s.start(), s.end(), s.kind(), List.of(), List.of(), List.of()))
                .toList();
        return new AnnotatedArticle(article, sentences);
    }
}
