package org.parallax.ui.project;

import java.nio.file.Path;

/** A project file that cannot be opened, with a message for the user naming file and reason. */
public final class ProjectException extends Exception {
    private final Path file;
    private final boolean newerVersion;

    public ProjectException(Path file, String reason, boolean newerVersion, Throwable cause) {
        super(file.getFileName() + ": " + reason, cause);
        this.file = file;
        this.newerVersion = newerVersion;
    }

    public Path file() {
        return file;
    }

    /** True when the file is fine but written by a newer Parallax: no autosave should be offered instead. */
    public boolean newerVersion() {
        return newerVersion;
    }
}
