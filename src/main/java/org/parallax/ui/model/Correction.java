package org.parallax.ui.model;

import java.util.List;

/**
 * A user's correction of the analysis, anchored on a claim so it survives re-analysis.
 *
 * @param kind        NOT_SAME: the claim is not the same fact as the rest of its cluster (it is
 *                    taken out); CONFIRM: the cluster the claim is in is right; NOTE: a note on it
 * @param claim       the claim the user acted on
 * @param counterparts the other claims of the cluster at that moment (a record of what was judged)
 * @param text        the note, for NOTE
 * @param entities    for MERGE_ENTITIES: the names of the entities that are one; for
 *                    SPLIT_ENTITY: the entity's name, then the spelling that names someone else
 */
public record Correction(Kind kind, ClaimKey claim, List<ClaimKey> counterparts, String text, List<String> entities) {
    public enum Kind { NOT_SAME, CONFIRM, NOTE, MERGE_ENTITIES, SPLIT_ENTITY }

    public Correction {
        counterparts = counterparts == null ? List.of() : List.copyOf(counterparts);
        entities = entities == null ? List.of() : List.copyOf(entities);
    }

    public Correction(Kind kind, ClaimKey claim, List<ClaimKey> counterparts, String text) {
        this(kind, claim, counterparts, text, List.of());
    }

    public static Correction mergeEntities(List<String> names) {
        return new Correction(Kind.MERGE_ENTITIES, null, List.of(), null, names);
    }

    public static Correction splitEntity(String entity, String variant) {
        return new Correction(Kind.SPLIT_ENTITY, null, List.of(), null, List.of(entity, variant));
    }
}
