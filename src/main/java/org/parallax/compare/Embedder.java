package org.parallax.compare;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.parallax.model.Settings;

/**
 * Sentence embeddings computed in process with ONNX Runtime; the model ships inside a Maven jar,
 * so nothing is downloaded at run time. The model loads once per process, on first use, and is
 * shared by every analysis and thread. Vectors are unit length, so a dot product is the cosine.
 */
public final class Embedder {
    private static final Map<String, Embedder> SHARED = new ConcurrentHashMap<>();
    /** Keeps memory bounded when a long pairs file streams through. */
    private static final int CACHE_LIMIT = 50_000;

    private final String modelName;
    private volatile EmbeddingModel model;
    private final Map<String, float[]> cache = new ConcurrentHashMap<>();

    private Embedder(String modelName) {
        this.modelName = modelName;
        String dir = System.getProperty("parallax.embedding.cache");
        diskCache = dir == null ? null : java.nio.file.Path.of(dir, modelName + ".vectors");
        if (diskCache != null) {
            readDiskCache();
        }
    }

    /**
     * Optional, for evaluation runs only (-Dparallax.embedding.cache=DIR): vectors kept on disk so
     * repeated measurements over the same dev files skip the model. Off for users.
     */
    private final java.nio.file.Path diskCache;

    private void readDiskCache() {
        if (!java.nio.file.Files.exists(diskCache)) {
            return;
        }
        try (var in = new java.io.DataInputStream(new java.io.BufferedInputStream(java.nio.file.Files.newInputStream(diskCache)))) {
            while (in.available() > 0) {
                String t = in.readUTF();
                float[] v = new float[in.readInt()];
                for (int i = 0; i < v.length; i++) {
                    v[i] = in.readFloat();
                }
                cache.put(t, v);
            }
        } catch (java.io.IOException e) {
            // A truncated cache only costs recomputation.
        }
    }

    private synchronized void appendDiskCache(List<String> texts) {
        try {
            java.nio.file.Files.createDirectories(diskCache.getParent());
            try (var out = new java.io.DataOutputStream(new java.io.BufferedOutputStream(java.nio.file.Files.newOutputStream(diskCache,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND)))) {
                for (String t : texts) {
                    float[] v = cache.get(t);
                    if (v == null || t.length() > 20_000) {
                        continue;
                    }
                    out.writeUTF(t);
                    out.writeInt(v.length);
                    for (float x : v) {
                        out.writeFloat(x);
                    }
                }
            }
        } catch (java.io.IOException e) {
            // Evaluation aid only: failing to write it changes no result.
        }
    }

    /** The embedder of the model named in compare/comparator.properties. */
    public static Embedder shared() {
        return named(Settings.load("compare/comparator.properties").string("embedding.model"));
    }

    public static Embedder named(String modelName) {
        if (!modelName.equals("bge")) {
            throw new IllegalArgumentException("unknown embedding model '" + modelName + "' (Parallax ships bge only)");
        }
        return SHARED.computeIfAbsent(modelName, Embedder::new);
    }

    public String modelName() {
        return modelName;
    }

    private EmbeddingModel model() {
        EmbeddingModel m = model;
        if (m == null) {
            synchronized (this) {
                if (model == null) {
                    // The model and pooling of langchain4j's BgeSmallEnV15QuantizedEmbeddingModel,
                    // with single-threaded sessions (below).
                    model = new OnnxModel("bge-small-en-v1.5-q.onnx", "bge-small-en-v1.5-q-tokenizer.json", PoolingMode.CLS);
                }
                m = model;
            }
        }
        return m;
    }

    /** Loads the model now (it loads on first use otherwise). */
    public void load() {
        model();
    }

    /** The vector of {@code text} if this process has it (computed or {@link #remember remembered}), else null. */
    public float[] known(String text) {
        return cache.get(text);
    }

    /**
     * Takes a unit vector this model computed earlier (the annotation cache keeps the claims'
     * vectors): {@link #embedAll} then returns it instead of running the model.
     */
    public void remember(String text, float[] unitVector) {
        cache.putIfAbsent(text, unitVector);
    }

    public float[] embed(String text) {
        return embedAll(List.of(text)).get(0);
    }

    /** Embeds many texts at once (faster than one by one); repeated texts are computed once. */
    public List<float[]> embedAll(List<String> texts) {
        List<String> missing = texts.stream().filter(t -> !cache.containsKey(t)).distinct().toList();
        if (!missing.isEmpty()) {
            if (diskCache == null && cache.size() + missing.size() > CACHE_LIMIT) {
                cache.clear();
            }
            List<TextSegment> segments = missing.stream().map(t -> TextSegment.from(t.isBlank() ? "." : t)).toList();
            var vectors = model().embedAll(segments).content();
            for (int i = 0; i < missing.size(); i++) {
                cache.put(missing.get(i), normalize(vectors.get(i).vector()));
            }
            if (diskCache != null) {
                appendDiskCache(missing);
            }
        }
        List<float[]> out = new ArrayList<>(texts.size());
        for (String t : texts) {
            float[] v = cache.get(t);
            out.add(v != null ? v : embedAll(List.of(t)).get(0));
        }
        return out;
    }

    public static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }

    private static float[] normalize(float[] v) {
        double n = 0;
        for (float x : v) {
            n += x * x;
        }
        n = Math.sqrt(n);
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (float) (n == 0 ? 0 : v[i] / n);
        }
        return out;
    }

    /**
     * One sentence per task, one task per core, each ONNX run on one thread. langchain4j's
     * ready-made models also run one task per core, but each ONNX run starts as many threads again
     * (and they spin while waiting): on two cores the same 600 sentences took 30% less CPU time this
     * way and the vectors are bit for bit the same (see README, Performance).
     */
    private static final class OnnxModel extends AbstractInProcessEmbeddingModel {
        private static final ExecutorService TASKS = Executors.newFixedThreadPool(
                Runtime.getRuntime().availableProcessors(), daemon());
        private final OnnxBertBiEncoder encoder;

        OnnxModel(String modelResource, String tokenizerResource, PoolingMode pooling) {
            super(TASKS);
            OnnxLibraries.useKeptCopy();
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            try (InputStream modelBytes = resource(modelResource); InputStream tokenizer = resource(tokenizerResource);
                    OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
                options.setIntraOpNumThreads(1);
                OrtSession session = environment.createSession(modelBytes.readAllBytes(), options);
                encoder = new OnnxBertBiEncoder(environment, session, tokenizer, pooling);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the embedding model " + modelResource, e);
            } catch (OrtException e) {
                throw new IllegalStateException("cannot load the embedding model " + modelResource + ": " + e.getMessage(), e);
            }
        }

        private static InputStream resource(String name) throws IOException {
            InputStream in = OnnxModel.class.getClassLoader().getResourceAsStream(name);
            if (in == null) {
                throw new IOException(name + " is not on the class path");
            }
            return in;
        }

        private static java.util.concurrent.ThreadFactory daemon() {
            AtomicInteger count = new AtomicInteger();
            return r -> {
                Thread t = new Thread(r, "parallax-embed-" + count.incrementAndGet());
                t.setDaemon(true);
                return t;
            };
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }
    }
}
