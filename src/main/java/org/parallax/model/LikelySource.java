package org.parallax.model;

/** The earlier source an article most likely took its text from, with the evidence in words. */
public record LikelySource(String article, String source, String evidence) {
}
