package org.parallax.ingest;

import java.util.List;
import org.parallax.model.Article;
import org.parallax.model.InputProblem;

/** The articles read from the inputs and, for each input that could not be used, the reason. */
public record IngestResult(List<Article> articles, List<InputProblem> problems) {
    public IngestResult {
        articles = List.copyOf(articles);
        problems = List.copyOf(problems);
    }
}
