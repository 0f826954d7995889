package org.parallax.model;

/** Receives progress of long work: a fraction 0..1 and what is being done. */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (fraction, message) -> { };

    void progress(double fraction, String message);
}
