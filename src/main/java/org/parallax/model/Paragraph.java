package org.parallax.model;

/** A paragraph kept by the cleaner, as offsets into the article's original text. */
public record Paragraph(int start, int end, ParagraphKind kind) {
    public Span span() {
        return new Span(start, end);
    }
}
