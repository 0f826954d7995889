package org.parallax.ingest;

import java.time.Duration;

/**
 * Limits on inputs, so a huge or pathological file gets a clear message instead of exhausting
 * memory or time. Each is a command-line option.
 *
 * @param maxFileBytes    largest file read, checked from its size before reading (--max-file-mb)
 * @param maxFiles        most files read from the inputs of one analysis
 * @param maxArticleChars longest article text analysed, after HTML or PDF extraction (--max-article-chars)
 * @param articleTimeout  time budget for reading one article, and again for analysing it; zero for none (--article-timeout)
 */
public record IngestLimits(long maxFileBytes, int maxFiles, int maxArticleChars, Duration articleTimeout) {
    /**
     * 20 MB holds a saved page with inline images and scripts; 400,000 characters is about
     * 65,000 words, ten times a long feature article (a whole book or a site dump is refused).
     */
    public static final IngestLimits DEFAULT = new IngestLimits(20L * 1024 * 1024, 5_000, 400_000, TimeBudget.DEFAULT);

    public IngestLimits(long maxFileBytes, int maxFiles) {
        this(maxFileBytes, maxFiles, DEFAULT.maxArticleChars(), DEFAULT.articleTimeout());
    }
}
