package org.parallax.compare;

import org.parallax.model.Relation;
import org.parallax.model.RelationKind;

/**
 * What a conflict rule found: the relation, its kind and the sentence naming the differing words.
 * {@code lowerBounds} marks differing figures of which at least one is a floor ("at least 61 dead" /
 * "244 dead"): one conflict when told at one time, most often a count updated when the reports are
 * days apart.
 */
public record Finding(Relation relation, RelationKind kind, String explanation, boolean lowerBounds) {

    public Finding(Relation relation, RelationKind kind, String explanation) {
        this(relation, kind, explanation, false);
    }
}
