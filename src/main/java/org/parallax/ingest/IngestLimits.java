package org.parallax.ingest;

/** Size limits for inputs, so a huge file gets a clear message instead of exhausting memory. */
public record IngestLimits(long maxFileBytes, int maxFiles) {
    public static final IngestLimits DEFAULT = new IngestLimits(20L * 1024 * 1024, 5_000);
}
