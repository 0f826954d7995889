package org.parallax.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One input article. {@code text} is the original text as decoded from disk (for HTML and PDF:
 * the extracted article text); every offset elsewhere in the model points into it.
 *
 * @param id        stable id within one analysis ("a1", "a2", ...)
 * @param path      the input file as given
 * @param format    txt, md, html, pdf, docx, odt or pasted
 * @param notes     things the user should know about how the file was read (e.g. a guessed charset)
 * @param paragraphs the kept paragraphs with their role; empty until cleaned
 * @param removed   text kept out of the analysis, with reasons; empty until cleaned, except what a reader
 *                  left out itself (a document's comments, tracked deletions, headers and footers)
 */
public record Article(
        String id,
        String path,
        String format,
        String title,
        String outlet,
        LocalDate published,
        String author,
        String url,
        String text,
        List<String> notes,
        List<Paragraph> paragraphs,
        List<Removal> removed) {

    public Article {
        notes = List.copyOf(notes);
        paragraphs = List.copyOf(paragraphs);
        removed = List.copyOf(removed);
    }

    public static Article read(String path, String format, String text) {
        return new Article(null, path, format, null, null, null, null, null, text, List.of(), List.of(), List.of());
    }

    public String fileName() {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(slash + 1);
    }

    public Article withId(String newId) {
        return new Article(newId, path, format, title, outlet, published, author, url, text, notes, paragraphs, removed);
    }

    public Article withMetadata(String newTitle, String newOutlet, LocalDate newPublished, String newAuthor, String newUrl) {
        return new Article(id, path, format, newTitle, newOutlet, newPublished, newAuthor, newUrl, text, notes, paragraphs, removed);
    }

    public Article withNotes(List<String> newNotes) {
        return new Article(id, path, format, title, outlet, published, author, url, text, newNotes, paragraphs, removed);
    }

    public Article withCleaning(List<Paragraph> newParagraphs, List<Removal> newRemoved) {
        return new Article(id, path, format, title, outlet, published, author, url, text, notes, newParagraphs, newRemoved);
    }

    /** The paragraphs that carry the article's own reporting. */
    public List<Paragraph> bodyParagraphs() {
        return paragraphs.stream().filter(p -> p.kind() == ParagraphKind.BODY).toList();
    }
}
