package org.parallax.ui.project;

import java.util.List;
import org.parallax.ui.model.Correction;

/**
 * What a .parallax file holds: the sources with the user's metadata, and the user's corrections
 * and notes. The analysis itself is not saved: it is redone from the sources on open.
 */
public record Project(String format, int version, String generator, String title,
                      List<ProjectSource> sources, List<Correction> corrections) {
    public static final String FORMAT = "parallax-project";
    /** Bump when a change would make older versions misread a file; older versions then refuse it. */
    public static final int VERSION = 1;

    public Project {
        sources = sources == null ? List.of() : List.copyOf(sources);
        corrections = corrections == null ? List.of() : List.copyOf(corrections);
    }

    public static Project of(String generator, String title, List<ProjectSource> sources, List<Correction> corrections) {
        return new Project(FORMAT, VERSION, generator, title, sources, corrections);
    }
}
