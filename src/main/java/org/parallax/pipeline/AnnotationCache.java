package org.parallax.pipeline;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.parallax.model.Article;
import org.parallax.model.Paragraph;
import org.parallax.model.Removal;
import org.parallax.model.UserCache;
import org.parallax.nlp.AnnotatedArticle;
import org.parallax.nlp.AnnotatedSentence;
import org.parallax.nlp.CoreNlp;

/**
 * Keeps annotations by a hash of everything that shapes them (text, kept paragraphs, removed
 * regions, published date, engine version), in memory and optionally on disk, so re-analysis
 * after an edit and reopening a project do not run CoreNLP again on unchanged articles.
 * A damaged cache entry is ignored and rewritten; the cache never changes a result.
 */
public final class AnnotationCache {
    /**
     * Bump when the annotation records or the annotator's output change meaning (2: a decimal
     * point spaced apart no longer ends a sentence).
     */
    static final String FORMAT = "annotations-2";
    private static final int MEMORY_ENTRIES = 512;
    private static final TypeReference<List<AnnotatedSentence>> SENTENCES = new TypeReference<>() { };

    private final Path directory;
    /** False when annotating afresh: entries on disk are written, never read. */
    private final boolean readsDisk;
    /** Entries made when the installer was built (the sample story's), read when {@code directory} lacks one; or null. */
    private final Path bundled;
    private final ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    private final Map<String, List<AnnotatedSentence>> memory = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<AnnotatedSentence>> eldest) {
            return size() > MEMORY_ENTRIES;
        }
    };

    /** @param directory where entries are kept on disk, or null for memory only */
    public AnnotationCache(Path directory) {
        this(directory, true, null);
    }

    private AnnotationCache(Path directory, boolean readsDisk, Path bundled) {
        this.directory = directory;
        this.readsDisk = readsDisk;
        this.bundled = bundled;
    }

    public static AnnotationCache memoryOnly() {
        return new AnnotationCache(null);
    }

    /**
     * In the user's cache folder ({@link UserCache}): {@code parallax.cache.dir} itself if set,
     * else a folder of this format's name there. With {@code parallax.cache.refresh=true} every
     * article is annotated afresh and its entry (re)written: the launcher's start-up recording
     * runs CoreNLP so that its classes enter the archive, and leaves the sample story's
     * annotations for the first window. {@code parallax.cache.bundled} names a read-only folder
     * of entries made when the installer was built (the sample story's), read where the user's
     * folder has none: the installed app's first window on the sample starts warm too.
     */
    public static AnnotationCache inUserCacheFolder() {
        Path folder = UserCache.folder();
        Path directory = System.getProperty("parallax.cache.dir") != null ? folder : folder.resolve(FORMAT);
        if (Boolean.getBoolean("parallax.cache.refresh")) {
            return refreshing(directory);
        }
        String bundled = System.getProperty("parallax.cache.bundled");
        return withBundled(directory, bundled == null || bundled.isBlank() ? null : Path.of(bundled));
    }

    /** A cache in {@code directory} that annotates afresh: it writes entries there but reads none back from disk. */
    static AnnotationCache refreshing(Path directory) {
        return new AnnotationCache(directory, false, null);
    }

    /** A cache in {@code directory} that also reads entries, never writes them, in {@code bundled}. */
    static AnnotationCache withBundled(Path directory, Path bundled) {
        return new AnnotationCache(directory, true, bundled);
    }

    /** Whether the article's annotation is kept here (without reading it). */
    public boolean contains(Article article) {
        String key = key(article);
        synchronized (memory) {
            if (memory.containsKey(key)) {
                return true;
            }
        }
        return stored(key) != null;
    }

    /** The file holding this entry on disk, the user's before the bundled one; null when none does or disk is not read. */
    private Path stored(String key) {
        return storedFile(key + ".json.gz");
    }

    public Optional<AnnotatedArticle> get(Article article) {
        String key = key(article);
        List<AnnotatedSentence> sentences;
        synchronized (memory) {
            sentences = memory.get(key);
        }
        if (sentences == null) {
            sentences = readDisk(key);
            if (sentences != null) {
                synchronized (memory) {
                    memory.put(key, sentences);
                }
            }
        }
        return Optional.ofNullable(sentences).map(s -> new AnnotatedArticle(article, s));
    }

    public void put(AnnotatedArticle annotated) {
        String key = key(annotated.article());
        synchronized (memory) {
            memory.put(key, annotated.sentences());
        }
        if (directory != null) {
            writeDisk(key, annotated.sentences());
        }
    }

    private List<AnnotatedSentence> readDisk(String key) {
        Path file = stored(key);
        if (file == null) {
            return null;
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return mapper.readValue(in, SENTENCES);
        } catch (IOException | RuntimeException e) {
            return null; // a damaged entry is re-annotated and overwritten
        }
    }

    private void writeDisk(String key, List<AnnotatedSentence> sentences) {
        writeEntry(key + ".json.gz", out -> mapper.writeValue(out, sentences));
    }

    /** What an entry holds, written to its gzipped stream. */
    @FunctionalInterface
    private interface EntryBody {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes an entry atomically (a temporary file moved into place: a crash never leaves half an
     * entry, and another process reads the old one or the new one).
     */
    private void writeEntry(String name, EntryBody body) {
        try {
            Files.createDirectories(directory);
            Path tmp = Files.createTempFile(directory, name, ".tmp");
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(tmp))) {
                body.writeTo(out);
            }
            Files.move(tmp, directory.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            // The cache is an optimisation: a read-only or full disk only costs speed.
        }
    }

    /**
     * The sentence vectors of this article's claims kept beside its annotation ({@code model}'s,
     * text → unit vector), from the user's folder or else the bundled one; empty when none are
     * kept or the entry is damaged. They spare a later start the embedding model.
     */
    public Map<String, float[]> vectors(Article article, String model) {
        Path file = storedFile(vectorsName(article, model));
        if (file == null) {
            return Map.of();
        }
        Map<String, float[]> out = new LinkedHashMap<>();
        try (DataInputStream in = new DataInputStream(new GZIPInputStream(Files.newInputStream(file)))) {
            int n = in.readInt();
            for (int i = 0; i < n; i++) {
                String text = in.readUTF();
                float[] v = new float[in.readInt()];
                for (int j = 0; j < v.length; j++) {
                    v[j] = in.readFloat();
                }
                out.put(text, v);
            }
            return out;
        } catch (IOException | RuntimeException e) {
            return Map.of(); // a damaged entry is computed again and overwritten
        }
    }

    /** Keeps the vectors of this article's claims on disk (in the user's folder; never in the bundled one). */
    public void putVectors(Article article, String model, Map<String, float[]> vectors) {
        if (directory == null || vectors.isEmpty()) {
            return;
        }
        List<Map.Entry<String, float[]>> kept = vectors.entrySet().stream().filter(e -> e.getKey().length() <= 20_000).toList();
        writeEntry(vectorsName(article, model), stream -> {
            DataOutputStream out = new DataOutputStream(stream);
            out.writeInt(kept.size());
            for (Map.Entry<String, float[]> e : kept) {
                out.writeUTF(e.getKey());
                out.writeInt(e.getValue().length);
                for (float x : e.getValue()) {
                    out.writeFloat(x);
                }
            }
            out.flush();
        });
    }

    /** Whether the vectors of this article's claims are kept (without reading them). */
    public boolean containsVectors(Article article, String model) {
        return storedFile(vectorsName(article, model)) != null;
    }

    private static String vectorsName(Article article, String model) {
        return key(article) + "." + model + ".vectors.gz";
    }

    /** The named entry on disk, the user's before the bundled one; null when none or disk is not read. */
    private Path storedFile(String name) {
        if (directory == null || !readsDisk) {
            return null;
        }
        Path own = directory.resolve(name);
        if (Files.isRegularFile(own)) {
            return own;
        }
        Path shipped = bundled == null ? null : bundled.resolve(name);
        return shipped != null && Files.isRegularFile(shipped) ? shipped : null;
    }

    static String key(Article a) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            update(sha, FORMAT);
            update(sha, Version.VERSION);
            update(sha, CoreNlp.nerModels());
            update(sha, a.text());
            update(sha, String.valueOf(a.published()));
            for (Paragraph p : a.paragraphs()) {
                update(sha, p.start() + ":" + p.end() + ":" + p.kind());
            }
            for (Removal r : a.removed()) {
                update(sha, r.start() + ":" + r.end());
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static void update(MessageDigest sha, String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        sha.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
        sha.update(bytes);
    }
}
