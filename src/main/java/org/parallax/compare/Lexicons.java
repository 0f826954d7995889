package org.parallax.compare;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the tab-separated lexicons under {@code parallax/} on the classpath ('#' starts a comment line). */
public final class Lexicons {
    private Lexicons() {
    }

    /** The rows of a lexicon, each split on tabs. */
    public static List<String[]> rows(String resource) {
        try (InputStream in = Lexicons.class.getResourceAsStream("/parallax/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource parallax/" + resource);
            }
            List<String[]> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                out.add(line.split("\t"));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
