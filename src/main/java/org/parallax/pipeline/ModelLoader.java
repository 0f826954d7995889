package org.parallax.pipeline;

import java.util.concurrent.atomic.AtomicBoolean;
import org.parallax.compare.Antonyms;
import org.parallax.compare.Embedder;
import org.parallax.nlp.CoreNlp;

/**
 * Starts loading the engine's models in the background once the program knows what it will
 * analyse, on two threads: CoreNLP's NER models, the longest load, on one; its POS model, the
 * sentence-embedding model and WordNet on the other. Loaded one after another on first use they
 * cost the sum of their times; loaded side by side, about the longest. CoreNLP loads only when an
 * article needs annotating: a story whose annotations are all cached needs none of its models.
 * Whoever needs a model first waits for its load instead of starting another one.
 */
public final class ModelLoader {
    private static final AtomicBoolean CORE_NLP_STARTED = new AtomicBoolean();
    private static final AtomicBoolean OTHERS_STARTED = new AtomicBoolean();

    private ModelLoader() {
    }

    /** Starts every load once per process; returns at once. */
    public static void startLoading() {
        startLoading(true, true);
    }

    /**
     * Starts the loads not started yet; returns at once.
     *
     * @param coreNlp whether CoreNLP's models are needed too (some article is not in the annotation cache)
     * @param embedding whether the embedding model will be needed (some article's claim vectors are not
     *                  kept); if not, it loads only should a claim lack its vector after all
     */
    public static void startLoading(boolean coreNlp, boolean embedding) {
        boolean nlp = coreNlp && CORE_NLP_STARTED.compareAndSet(false, true);
        boolean others = OTHERS_STARTED.compareAndSet(false, true);
        if (nlp) {
            start("parallax-load-ner", () -> CoreNlp.loadTaggerPart(true));
        }
        if (nlp || others) {
            start("parallax-load-pos-embedding-wordnet", () -> {
                if (nlp) {
                    CoreNlp.loadTaggerPart(false);
                }
                if (others) {
                    if (embedding) {
                        Embedder.shared().load();
                    }
                    Antonyms.of("rise"); // the first look-up loads the WordNet dictionary
                }
            });
        }
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
