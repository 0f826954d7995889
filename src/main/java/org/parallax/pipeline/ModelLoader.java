package org.parallax.pipeline;

import java.util.concurrent.atomic.AtomicBoolean;
import org.parallax.compare.Antonyms;
import org.parallax.compare.Embedder;
import org.parallax.nlp.CoreNlp;

/**
 * Starts loading the engine's models in the background as soon as the program knows it will
 * analyse (the window opening, an analyzer being built), on two threads: CoreNLP's NER models,
 * the longest load, on one; its POS model, the sentence-embedding model and WordNet on the
 * other. Loaded one after another on first use they cost the sum of their times; loaded side by
 * side, about the longest. Whoever needs a model first waits for its load instead of starting
 * another one.
 */
public final class ModelLoader {
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private ModelLoader() {
    }

    /** Starts the loads once per process; returns at once. */
    public static void startLoading() {
        if (!STARTED.compareAndSet(false, true)) {
            return;
        }
        start("parallax-load-ner", () -> CoreNlp.loadTaggerPart(true));
        start("parallax-load-pos-embedding-wordnet", () -> {
            CoreNlp.loadTaggerPart(false);
            Embedder.shared().load();
            Antonyms.of("rise"); // the first look-up loads the WordNet dictionary
        });
    }

    private static void start(String name, Runnable load) {
        Thread t = new Thread(() -> {
            try {
                load.run();
            } catch (RuntimeException | LinkageError e) {
                // The analysis loads the model again on use and reports the failure there.
            }
        }, name);
        t.setDaemon(true);
        t.start();
    }
}
