package org.parallax;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Loads, without initialising, every class of the window's libraries (JavaFX, ControlsFX,
 * AtlantaFX) and of Parallax's own {@code ui} package. bin/parallax records its start-up
 * class-data archive from a command-line run, which has no display to open the window on; run
 * there with {@code -Dparallax.startup.windowClasses=true}, this puts the window's classes in the
 * archive too, so the window starts from mapped classes instead of reading and verifying them
 * (figures: README, Performance).
 */
final class WindowClasses {
    static final String PROPERTY = "parallax.startup.windowClasses";

    private WindowClasses() {
    }

    static boolean requested() {
        return Boolean.getBoolean(PROPERTY);
    }

    /** A class of each library the window runs on: its jar is found from where the class was loaded. */
    private static final List<String> MARKERS = List.of("javafx.beans.property.SimpleStringProperty", "javafx.scene.Node",
            "javafx.scene.control.Control", "org.controlsfx.control.PopOver", "atlantafx.base.theme.PrimerLight");

    /** Loads the classes; returns how many loaded. A class that cannot load (an optional dependency missing) is skipped. */
    static int load() {
        ClassLoader loader = WindowClasses.class.getClassLoader();
        Path ownJar = jarOf(WindowClasses.class);
        Set<Path> jars = new LinkedHashSet<>();
        jars.add(ownJar);
        for (String marker : MARKERS) {
            try {
                jars.add(jarOf(Class.forName(marker, false, loader)));
            } catch (ClassNotFoundException | LinkageError absent) {
                // not on this class path: nothing to load from it
            }
        }
        int loaded = 0;
        for (Path path : jars) {
            if (path == null || !Files.isRegularFile(path)) {
                continue;
            }
            boolean own = path.equals(ownJar);
            try (JarFile jar = new JarFile(path.toFile())) {
                for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                    String name = e.nextElement().getName();
                    if (!name.endsWith(".class") || name.startsWith("META-INF/") || name.endsWith("module-info.class")
                            || own && !name.startsWith("org/parallax/ui/")) {
                        continue;
                    }
                    try {
                        Class.forName(name.substring(0, name.length() - ".class".length()).replace('/', '.'), false, loader);
                        loaded++;
                    } catch (LinkageError | ClassNotFoundException skipped) {
                        // not needed by the window on this platform
                    }
                }
            } catch (IOException unreadable) {
                // the archive is only the faster for it; nothing the user needs
            }
        }
        return loaded;
    }

    private static Path jarOf(Class<?> c) {
        try {
            CodeSource source = c.getProtectionDomain().getCodeSource();
            return source == null ? null : Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            return null;
        }
    }
}
