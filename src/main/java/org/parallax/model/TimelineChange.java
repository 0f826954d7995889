package org.parallax.model;

/**
 * A later report that tells a fact differently from an earlier one.
 *
 * @param daysLater   how many days after the earlier report the later one was published
 * @param explanation the pair's explanation as the comparison wrote it, naming the claims A and B
 * @param earlierIsA  whether the earlier claim is the pair's A (so a view can name the sources)
 */
public record TimelineChange(String earlier, String later, Relation relation, RelationKind kind, long daysLater,
                             String explanation, boolean earlierIsA) {
}
