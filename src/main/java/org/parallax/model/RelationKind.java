package org.parallax.model;

/** The evidence behind a DIVERGE or CONTRADICT relation. */
public enum RelationKind {
    NUMBER, DATE, TEMPORAL, NEGATION, ANTONYM, ENTITY, QUANTIFIER, MODALITY, ATTRIBUTED, OMISSION
}
