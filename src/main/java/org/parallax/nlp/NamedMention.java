package org.parallax.nlp;

/** A named-entity mention (PERSON, ORGANIZATION, LOCATION, MISC) found by the annotator. */
public record NamedMention(int start, int end, String text, String type) {
}
