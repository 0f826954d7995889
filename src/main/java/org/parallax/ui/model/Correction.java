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
 */
public record Correction(Kind kind, ClaimKey claim, List<ClaimKey> counterparts, String text) {
    public enum Kind { NOT_SAME, CONFIRM, NOTE }

    public Correction {
        counterparts = counterparts == null ? List.of() : List.copyOf(counterparts);
    }
}
