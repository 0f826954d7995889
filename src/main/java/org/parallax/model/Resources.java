package org.parallax.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The rules and lexicons of {@code resources/}, which Maven puts on the class path under
 * {@code parallax/}: read as UTF-8, each named by its path there ("compare/cues.tsv").
 */
public final class Resources {
    private Resources() {
    }

    /** The whole text of a resource. */
    public static String text(String path) {
        String name = "/parallax/" + path;
        try (InputStream in = Resources.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource parallax/" + path + " (is resources/ on the class path?)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read parallax/" + path, e);
        }
    }

    /** Every line of a resource, blank and comment lines too (for readers that count lines in their messages). */
    public static List<String> lines(String path) {
        return text(path).lines().toList();
    }

    /** A row of a tab-separated lexicon, its cells as written, with the number of its line for messages. */
    public record Row(int line, String[] cells) {
    }

    /**
     * The rows of a tab-separated lexicon's lines: blank lines and '#' comments skipped, each split
     * on tabs. A row of fewer than {@code columns} cells is an error naming {@code source}, the line
     * and what {@code expected} says a row holds.
     */
    public static List<Row> rows(List<String> lines, String source, int columns, String expected) {
        List<Row> out = new ArrayList<>();
        int n = 0;
        for (String line : lines) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t");
            if (cells.length < columns) {
                throw new IllegalArgumentException(source + ":" + n + ": expected " + expected);
            }
            out.add(new Row(n, cells));
        }
        return out;
    }

    /** The rows of a tab-separated lexicon resource, each cell stripped. */
    public static List<String[]> rows(String path) {
        List<String[]> out = new ArrayList<>();
        for (Row row : rows(lines(path), path, 1, "a value")) {
            String[] cells = row.cells();
            for (int i = 0; i < cells.length; i++) {
                cells[i] = cells[i].strip();
            }
            out.add(cells);
        }
        return out;
    }

    /** The first cell of each row of a lexicon (a word list). */
    public static List<String> firstColumn(String path) {
        return rows(path).stream().map(r -> r[0]).toList();
    }

    /** A {@code .properties} resource. */
    public static Properties properties(String path) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(text(path)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read parallax/" + path, e);
        }
        return p;
    }
}
