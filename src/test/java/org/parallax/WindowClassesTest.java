package org.parallax;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WindowClassesTest {
    /** The start-up archive holds the window's classes only if their jars are still found from the marker classes. */
    @Test
    void findsAndLoadsTheClassesOfEveryWindowLibrary() {
        int loaded = WindowClasses.load();
        // JavaFX base, graphics and controls, ControlsFX and AtlantaFX hold over 4,000 classes together.
        assertTrue(loaded > 4000, "loaded only " + loaded);
    }
}
