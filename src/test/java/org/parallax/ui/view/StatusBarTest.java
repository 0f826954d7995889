package org.parallax.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The status line during a long analysis: another action's message shows, then the progress again. */
@ExtendWith(ApplicationExtension.class)
class StatusBarTest {
    private StatusBar bar;

    @Start
    void start(Stage stage) {
        bar = new StatusBar();
        stage.setScene(new Scene(bar, 600, 40));
        stage.show();
    }

    @Test
    void aMessageDuringAFollowedTaskShowsAndTheTaskTakesTheLineBackOnItsNextMessage() throws Exception {
        CountDownLatch said = new CountDownLatch(1);
        Task<Void> analysis = new Task<>() {
            @Override
            protected Void call() throws Exception {
                updateMessage("Reading the articles");
                said.await(10, TimeUnit.SECONDS);
                updateMessage("Matching claims across sources");
                return null;
            }
        };
        WaitForAsyncUtils.asyncFx(() -> bar.follow(analysis)).get();
        Thread worker = new Thread(analysis);
        worker.start();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "Reading the articles".equals(bar.textProperty().get()));

        // Alt+Down pressed while the analysis runs: this threw "A bound value cannot be set".
        WaitForAsyncUtils.asyncFx(() -> bar.say("Still comparing the sources: the differences come when the analysis ends")).get();
        assertEquals("Still comparing the sources: the differences come when the analysis ends", bar.textProperty().get());

        said.countDown();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "Matching claims across sources".equals(bar.textProperty().get()));
        worker.join(10_000);
        WaitForAsyncUtils.asyncFx(bar::release).get();
        WaitForAsyncUtils.asyncFx(() -> bar.say("Analysed 5 articles")).get();
        assertEquals("Analysed 5 articles", bar.textProperty().get());
    }
}
