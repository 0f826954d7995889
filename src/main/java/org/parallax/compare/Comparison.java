package org.parallax.compare;

import java.util.Map;
import org.parallax.model.Relation;
import org.parallax.model.RelationKind;

/**
 * The comparator's verdict on two statements.
 *
 * @param score       confidence in {@code relation}, 0..1
 * @param similarity  how likely the two report the same content (0..1), whatever the relation
 * @param explanation one sentence naming the words that justify the relation
 * @param features    the measurements behind the verdict (for tuning and for curious users)
 */
public record Comparison(Relation relation, RelationKind kind, double score, double similarity,
                         String explanation, Map<String, Double> features) {
}
