package org.parallax.model;

/**
 * A framing device in an article: a loaded word, a label for an entity, a hedge, an attribution
 * verb, an intensifier. {@code quoted} marks words inside a direct quote (the speaker's, not the outlet's).
 */
public record FramingItem(String text, int start, int end, String category, String entity, String note, boolean quoted) {
}
