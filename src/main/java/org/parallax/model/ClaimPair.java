package org.parallax.model;

/**
 * The relation between two claims of a cluster, with the sentence that justifies it.
 *
 * @param counterpart whether the two tell the same fact (report addition): only counterparts get
 *                    AGREE, DIVERGE or CONTRADICT; the cluster's other pairs are context, RELATED
 */
public record ClaimPair(String a, String b, Relation relation, RelationKind kind, double score, String explanation,
                        boolean counterpart) {

    /** A pair of counterparts, as every pair with a mark is. */
    public ClaimPair(String a, String b, Relation relation, RelationKind kind, double score, String explanation) {
        this(a, b, relation, kind, score, explanation, true);
    }
}
