package org.parallax.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parallax.model.AnalysisResult;
import org.parallax.model.Article;
import org.parallax.model.Claim;
import org.parallax.ui.MainWindow;
import org.parallax.ui.WorkspaceModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A story of many sources: the matrix scrolls sideways rather than squeeze the facts and source names. */
@ExtendWith(ApplicationExtension.class)
class MatrixTabTest {
    private static final int SOURCES = 21;

    private MatrixTab matrix;

    @Start
    void start(Stage stage) {
        // The window's theme, whose fonts and paddings the column widths must hold.
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        WorkspaceModel model = new WorkspaceModel();
        model.resultProperty().set(withSources(SOURCES));
        matrix = new MatrixTab(model);
        Scene scene = new Scene(matrix, 1280, 400);
        scene.getStylesheets().add(MainWindow.class.getResource("parallax.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    /** {@code n} sources of one claim each, none matched: a column and a row for each. */
    private static AnalysisResult withSources(int n) {
        List<Article> articles = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            String text = "The bridge reopened on day " + i + " of the works.";
            articles.add(new Article("a" + i, "/stories/wide/" + i + ".txt", "txt", null, "Outlet " + i, null, null, null,
                    text, List.of(), List.of(), List.of()));
            claims.add(new Claim("c" + i, "a" + i, text, 0, text.length(), List.of(), null, null, false, List.of(), false,
                    List.of(), List.of(), 0.5));
        }
        AnalysisResult texts = AnalysisResult.textsOnly("wide", articles, List.of());
        return new AnalysisResult(texts.schema(), texts.generator(), articles, claims, List.of(), List.of(), texts.framing(),
                texts.reuse(), texts.story(), List.of());
    }

    @Test
    void manySourcesKeepTheFactColumnReadableAndEverySourceNameWhole(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(4 + SOURCES, matrix.getColumns().size());
        double fact = matrix.getColumns().get(1).getWidth();
        assertTrue(fact >= matrix.getColumns().get(1).getMinWidth() && fact > 200, "the fact column keeps room to be read: " + fact);
        List<Labeled> headers = matrix.lookupAll(".column-header .label").stream()
                .filter(Labeled.class::isInstance).map(Labeled.class::cast)
                .filter(l -> l.getText() != null && l.getText().matches("S\\d+|Sources")).toList();
        assertTrue(headers.size() >= 10, "source headers laid out: " + headers.size());
        for (Labeled l : headers) {
            assertEquals(l.getText(), ((Text) l.lookup(".text")).getText(), "a column's name is drawn whole");
        }
        double columns = matrix.getColumns().stream().mapToDouble(c -> c.getWidth()).sum();
        boolean scrolls = matrix.lookupAll(".scroll-bar").stream().map(javafx.scene.control.ScrollBar.class::cast)
                .anyMatch(b -> b.getOrientation() == javafx.geometry.Orientation.HORIZONTAL && b.isVisible());
        assertTrue(columns <= matrix.getWidth() || scrolls, "every column can be reached, by scrolling sideways if need be: " + columns + " wide in " + matrix.getWidth());
    }

    @Test
    void anEmptyMatrixWhileTheAnalysisRunsSaysTheFactsAreComing() throws Exception {
        WorkspaceModel waiting = new WorkspaceModel();
        MatrixTab empty = WaitForAsyncUtils.asyncFx(() -> new MatrixTab(waiting)).get();
        WaitForAsyncUtils.asyncFx(() -> waiting.marksPendingProperty().set(true)).get();
        assertEquals("The facts fill in when the analysis ends.", ((Labeled) empty.getPlaceholder()).getText());
        WaitForAsyncUtils.asyncFx(() -> waiting.marksPendingProperty().set(false)).get();
        assertTrue(((Labeled) empty.getPlaceholder()).getText().startsWith("No claims to show"));
    }
}
