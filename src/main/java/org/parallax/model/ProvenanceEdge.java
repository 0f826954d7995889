package org.parallax.model;

/**
 * Two sources that share text or facts. When {@code directed}, {@code from} was published before
 * {@code to} and the shares are of {@code to} (what the later took); otherwise the dates do not
 * tell who took from whom and the shares are the larger of the two ways.
 *
 * @param textShare  the share of {@code to}'s body text that stands near-verbatim in {@code from}
 * @param claimShare the share of {@code to}'s claims told again (a marked counterpart) in {@code from}
 */
public record ProvenanceEdge(String from, String to, boolean directed, double textShare, double claimShare) {
}
