package org.parallax.model;

/** A passage that stands nearly verbatim in two articles. */
public record ReuseSpan(int aStart, int aEnd, int bStart, int bEnd) {
}
