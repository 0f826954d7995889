package org.parallax.model;

/** The relation between two claims of a cluster, with the sentence that justifies it. */
public record ClaimPair(String a, String b, Relation relation, RelationKind kind, double score, String explanation) {
}
