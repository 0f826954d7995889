package org.parallax.ingest;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parallax.model.Article;

/**
 * The optional {@code corpus.json} of a folder: what the user knows about each file (outlet,
 * published date, URL, author, title). Its values win over what Parallax reads from the text.
 *
 * <pre>{"articles": [{"file": "a.txt", "outlet": "Reuters", "published": "2024-03-05", "url": null}]}</pre>
 */
public final class CorpusManifest {
    public static final String FILE_NAME = "corpus.json";

    /** One file's entry; null fields leave what was read from the text. */
    public record Entry(String file, String outlet, LocalDate published, String url, String author, String title) {
    }

    record Document(List<Entry> articles) {
    }

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .findAndRegisterModules()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Map<String, Entry> byFile;

    private CorpusManifest(Map<String, Entry> byFile) {
        this.byFile = byFile;
    }

    public static CorpusManifest empty() {
        return new CorpusManifest(Map.of());
    }

    /** Reads the manifest of a folder; an absent file is an empty manifest. */
    public static CorpusManifest readFolder(Path folder) throws UnreadableInputException {
        Path file = folder.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return empty();
        }
        try {
            Document doc = MAPPER.readValue(file.toFile(), Document.class);
            Map<String, Entry> map = new HashMap<>();
            if (doc.articles() != null) {
                for (Entry e : doc.articles()) {
                    if (e.file() != null) {
                        map.put(e.file(), e);
                    }
                }
            }
            return new CorpusManifest(map);
        } catch (IOException e) {
            throw new UnreadableInputException("corpus.json is not valid (" + firstLine(e.getMessage()) + ")", e);
        }
    }

    public Article apply(Article article) {
        Entry e = byFile.get(article.fileName());
        if (e == null) {
            return article;
        }
        return article.withMetadata(
                e.title() != null ? e.title() : article.title(),
                e.outlet() != null ? e.outlet() : article.outlet(),
                e.published() != null ? e.published() : article.published(),
                e.author() != null ? e.author() : article.author(),
                e.url() != null ? e.url() : article.url());
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }
}
