package org.parallax.ui;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the sample story shipped beside the program (sample-corpus/macron-china). */
public final class SampleStory {
    static final String RELATIVE = "sample-corpus/macron-china";

    private SampleStory() {
    }

    public static Path locate() {
        String configured = System.getProperty("parallax.sample");
        if (configured != null && Files.isDirectory(Path.of(configured))) {
            return Path.of(configured);
        }
        Path cwd = Path.of(RELATIVE);
        if (Files.isDirectory(cwd)) {
            return cwd.toAbsolutePath();
        }
        try {
            // target/parallax.jar → the project folder two levels up; an installed app keeps it beside the jar.
            Path jar = Path.of(SampleStory.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path dir = jar.getParent(); dir != null; dir = dir.getParent()) {
                if (Files.isDirectory(dir.resolve(RELATIVE))) {
                    return dir.resolve(RELATIVE);
                }
            }
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
        return null;
    }
}
