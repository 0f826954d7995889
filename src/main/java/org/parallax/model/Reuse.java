package org.parallax.model;

import java.util.List;

/** The share (0..1) of article {@code a}'s body text that also stands, nearly verbatim, in {@code b}. */
public record Reuse(String a, String b, double share, List<ReuseSpan> spans) {
    public Reuse {
        spans = List.copyOf(spans);
    }
}
