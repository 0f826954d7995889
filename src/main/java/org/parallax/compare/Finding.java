package org.parallax.compare;

import org.parallax.model.Relation;
import org.parallax.model.RelationKind;

/** What a conflict rule found: the relation, its kind and the sentence naming the differing words. */
public record Finding(Relation relation, RelationKind kind, String explanation) {
}
