package org.parallax.model;

/** How an article names an entity ("Chinese dictator Xi Jinping"). */
public record EntityLabel(String entity, String text, int start, int end) {
}
