package org.parallax.model;

/**
 * The relation between two claims of a cluster, with the sentence that justifies it.
 *
 * @param counterpart whether the two tell the same fact (report addition): only counterparts get
 *                    AGREE, DIVERGE or CONTRADICT; the cluster's other pairs are context, RELATED
 * @param unsettled   on a RELATED pair of counterparts, the kind of a difference a rule names but
 *                    does not mark, the two being too unlike to tell one fact surely (report
 *                    addition; the explanation opens "Perhaps two different facts; if they are
 *                    one: ..."), or told in like words around two different dates or figures
 *                    ("Told in like words, but perhaps of two different things: ..."); null otherwise
 */
public record ClaimPair(String a, String b, Relation relation, RelationKind kind, double score, String explanation,
                        boolean counterpart, RelationKind unsettled) {

    /** A pair of counterparts, as every pair with a mark is. */
    public ClaimPair(String a, String b, Relation relation, RelationKind kind, double score, String explanation) {
        this(a, b, relation, kind, score, explanation, true, null);
    }

    public ClaimPair(String a, String b, Relation relation, RelationKind kind, double score, String explanation,
                     boolean counterpart) {
        this(a, b, relation, kind, score, explanation, counterpart, null);
    }
}
