package org.parallax.ui.project;

import java.time.LocalDate;

/**
 * One article of a project: where it comes from and what the user set about it.
 *
 * @param path      the article file; for pasted text a made-up name ("pasted-1.txt")
 * @param outlet    the outlet the user set, or null to keep what Parallax read
 * @param published the date the user set, or null to keep what Parallax read
 * @param included  whether it takes part in the comparison
 * @param text      the article text itself, for pasted text only (it has no file)
 * @param url       where it was fetched from, for articles added from a URL
 */
public record ProjectSource(String path, String outlet, LocalDate published, boolean included, String text, String url) {
    public static ProjectSource file(String path) {
        return new ProjectSource(path, null, null, true, null, null);
    }

    public boolean pasted() {
        return text != null;
    }

    public ProjectSource withIncluded(boolean value) {
        return new ProjectSource(path, outlet, published, value, text, url);
    }

    public ProjectSource withMetadata(String newOutlet, LocalDate newPublished) {
        return new ProjectSource(path, newOutlet, newPublished, included, text, url);
    }
}
