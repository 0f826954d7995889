package org.parallax.model;

/**
 * Text the cleaner kept out of the analysis, with the reason (comments, teaser, promo, correction,
 * markup, duplicate). The viewer shows it greyed out instead of hiding it.
 */
public record Removal(int start, int end, String reason) {
    public Span span() {
        return new Span(start, end);
    }
}
