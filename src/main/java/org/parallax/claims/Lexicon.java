package org.parallax.claims;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the documented data files under resources/ (classpath parallax/): '#' comments, tab-separated columns. */
final class Lexicon {
    private Lexicon() {
    }

    /** A {@code .properties} file under resources/, read as UTF-8. */
    static java.util.Properties properties(String resource) {
        String path = "/parallax/" + resource;
        try (InputStream in = Lexicon.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path + " (is resources/ on the classpath?)");
            }
            java.util.Properties p = new java.util.Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The non-blank, non-comment lines of {@code resource}, each split on tabs. */
    static List<String[]> rows(String resource) {
        String path = "/parallax/" + resource;
        try (InputStream in = Lexicon.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path + " (is resources/ on the classpath?)");
            }
            List<String[]> rows = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                for (int i = 0; i < cols.length; i++) {
                    cols[i] = cols[i].strip();
                }
                rows.add(cols);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /** First column of every row. */
    static List<String> words(String resource) {
        return rows(resource).stream().map(r -> r[0]).toList();
    }
}
