package org.parallax.model;

import java.nio.file.Path;

/**
 * The folder where Parallax keeps what it can always make again (annotations, native libraries):
 * {@code parallax.cache.dir} if set, else {@code $XDG_CACHE_HOME/parallax} or {@code ~/.cache/parallax}.
 */
public final class UserCache {
    private UserCache() {
    }

    public static Path folder() {
        String configured = System.getProperty("parallax.cache.dir");
        if (configured != null) {
            return Path.of(configured);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("parallax");
    }
}
