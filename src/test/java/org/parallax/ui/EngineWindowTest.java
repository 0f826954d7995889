package org.parallax.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Claim;
import org.parallax.ui.view.ArticleColumn;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The window on a story analysed by the real engine, with what a test needs to find and click a claim. */
@ExtendWith(ApplicationExtension.class)
abstract class EngineWindowTest {
    static {
        System.setProperty("headless.geometry", "1440x900-32");
    }

    /** The made-up story with one real conflict: a rewrite that changed a bridge's cost a day later. */
    static final Path CONFLICT_STORY = Path.of("src", "test", "resources", "stories", "harbour-bridge");

    @TempDir
    static Path home;

    MainWindow window;

    /**
     * Opens the window on {@code story}; a subclass calls it from its {@code @Start} method (TestFX
     * looks for that on the test class itself, not its superclass), and {@link #close} from {@code @Stop}.
     */
    void open(Stage stage, Path story) {
        window = TestWindows.open(stage, new EngineBackend(), home, story);
    }

    /** Nothing may write into the temporary home once the test is over (a late autosave would). */
    void close() {
        window.dispose();
    }

    /** The first analysis loads the language models; the bound only keeps a broken build from hanging CI. */
    void awaitAnalysis() throws TimeoutException {
        TestWindows.awaitAnalysis(window, 300);
    }

    /** The claim of the article (by source file order) whose text holds every one of the words. */
    Claim claimWith(String articleId, String... words) {
        return window.model().view().claimsOf(articleId).stream()
                .filter(c -> java.util.Arrays.stream(words).allMatch(c.text()::contains))
                .findFirst()
                .orElseThrow(() -> new AssertionError(articleId + " has no claim with " + List.of(words)));
    }

    void clickClaim(FxRobot robot, String articleId, String claimId) {
        ArticleColumn column = window.columns().column(articleId);
        ScrollPane sideways = (ScrollPane) window.columns().getChildren().get(0);
        robot.interact(() -> { // as a user scrolls sideways to the column, then down to the claim
            double hidden = sideways.getContent().getLayoutBounds().getWidth() - sideways.getViewportBounds().getWidth();
            if (hidden > 0) {
                sideways.setHvalue(Math.min(1, column.getBoundsInParent().getMinX() / hidden));
            }
            column.scrollTo(claimId);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Text symbol = column.text().textsOf(claimId).get(0);
        robot.clickOn(symbol);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
