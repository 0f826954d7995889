package org.parallax.model;

/** The role of a paragraph in an article; only BODY paragraphs yield claims. */
public enum ParagraphKind {
    DATELINE, HEADLINE, HEADING, BYLINE, BODY
}
