package org.parallax.model;

/** How an article names an entity ("disgraced tycoon Ana Lima"). */
public record EntityLabel(String entity, String text, int start, int end) {
}
