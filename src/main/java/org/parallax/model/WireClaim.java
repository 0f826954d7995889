package org.parallax.model;

/**
 * One claim of the wire-copy view.
 *
 * @param claim       a claim of the original (COPIED, REWORDED, CHANGED, CUT) or of the rewrite (ADDED)
 * @param counterpart the claim of the other side it was matched with, or null (CUT, ADDED)
 * @param explanation for CHANGED, the comparison's explanation (A is the original's claim); else a short note
 */
public record WireClaim(String claim, WireCategory category, String counterpart, String explanation) {
}
