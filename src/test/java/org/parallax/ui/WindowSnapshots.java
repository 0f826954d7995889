package org.parallax.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Writes a PNG of the window to target/ so a person can look at the design. */
final class WindowSnapshots {
    private WindowSnapshots() {
    }

    static void write(FxRobot robot, MainWindow window, String name) throws IOException {
        writeScene(robot, window.scene(), name);
    }

    /** Any window's scene, e.g. a dialog's. */
    static void writeScene(FxRobot robot, javafx.scene.Scene scene, String name) throws IOException {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = scene.snapshot(null));
        BufferedImage png = SwingFXUtils.fromFXImage(image[0], null);
        Path out = Path.of("target", name);
        Files.createDirectories(out.getParent());
        ImageIO.write(png, "png", out.toFile());
    }
}
