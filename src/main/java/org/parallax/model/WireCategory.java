package org.parallax.model;

/** What a rewrite did with a claim of the original (wire-copy view). */
public enum WireCategory {
    /** Taken near-verbatim. */
    COPIED,
    /** Told again in other words, agreeing. */
    REWORDED,
    /** Told again, but diverging from or contradicting the original. */
    CHANGED,
    /** Left out: no counterpart in the rewrite. */
    CUT,
    /** A claim of the rewrite the original does not tell. */
    ADDED
}
