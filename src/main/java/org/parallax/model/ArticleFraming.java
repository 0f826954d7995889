package org.parallax.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The framing found in one article, with counts and rates per 1,000 words by category. */
public record ArticleFraming(List<FramingItem> items, List<EntityLabel> labels, int words,
                             Map<String, Integer> counts, Map<String, Double> ratesPer1000) {
    public ArticleFraming {
        items = List.copyOf(items);
        labels = List.copyOf(labels);
        counts = Collections.unmodifiableMap(new TreeMap<>(counts));
        ratesPer1000 = Collections.unmodifiableMap(new TreeMap<>(ratesPer1000));
    }

    public static ArticleFraming empty() {
        return new ArticleFraming(List.of(), List.of(), 0, Map.of(), Map.of());
    }
}
