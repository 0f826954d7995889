package org.parallax.model;

/** One occurrence of an entity in an article. */
public record Mention(String article, String text, int start, int end) {
}
