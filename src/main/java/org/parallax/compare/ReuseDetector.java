package org.parallax.compare;

import java.util.List;
import org.parallax.model.Article;
import org.parallax.model.Reuse;

/** Near-verbatim text shared between articles (what a rewrite took from the wire story). */
public final class ReuseDetector {
    public List<Reuse> find(List<Article> articles) {
        return List.of();
    }
}
