package org.parallax.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.AnalysisResult;
import org.parallax.ui.control.ExportController;
import org.parallax.ui.model.Group;
import org.parallax.ui.model.Status;
import org.parallax.ui.project.ProjectFiles;
import org.parallax.ui.view.ArticleColumn;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/** The workspace as a fact-checker uses it, on a made-up story, on headless Monocle. */
@ExtendWith(ApplicationExtension.class)
class WorkspaceTest {
    static {
        // A screen as large as a laptop's so the workspace lays out as users see it.
        System.setProperty("headless.geometry", "1440x900-32");
    }

    @TempDir
    static Path home;

    private final SyntheticStory backend = new SyntheticStory();
    private MainWindow window;
    private final AnalysisResult story = SyntheticStory.story();

    /** Nothing may write into the temporary home once the test is over (a late autosave would). */
    @Stop
    void stop() {
        window.dispose();
    }

    @Start
    void start(Stage stage) {
        window = TestWindows.open(stage, backend, home, Path.of(SyntheticStory.DIR));
    }

    private void awaitAnalysis(FxRobot robot) throws TimeoutException {
        TestWindows.awaitAnalysis(window, 20);
    }

    private String id(String text) {
        return SyntheticStory.claimWithText(story, text).id();
    }

    private void clickClaim(FxRobot robot, String articleId, String claimId) {
        ArticleColumn column = window.columns().column(articleId);
        Text symbol = column.text().textsOf(claimId).get(0);
        if (!visibleIn(column.scrollPane(), symbol)) {
            robot.interact(() -> column.scrollTo(claimId)); // as a user scrolls to it
        }
        robot.clickOn(symbol);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean visibleIn(ScrollPane scroll, Node node) {
        Bounds viewport = scroll.localToScene(scroll.getLayoutBounds());
        Bounds b = node.localToScene(node.getLayoutBounds());
        return b.getMinY() >= viewport.getMinY() && b.getMinY() <= viewport.getMaxY();
    }

    @Test
    void opensTheStoryWithItsOneLineSummary(FxRobot robot) throws TimeoutException {
        awaitAnalysis(robot);
        Label summary = robot.lookup("#summary").queryAs(Label.class);
        assertEquals("4 sources · 4 shared facts · 1 contradiction · 1 divergence · 1 off-topic", summary.getText());
        assertEquals(4, window.columns().columns().size());
        assertEquals("⚠ off-topic: S4", robot.lookup("#off-topic").queryAs(Label.class).getText());
    }

    @Test
    void selectingAClaimMarksItsCounterpartsAndScrollsThemIntoView(FxRobot robot) throws TimeoutException {
        awaitAnalysis(robot);
        String gazetteCost = id(SyntheticStory.GAZETTE_COST);
        String postCost = id(SyntheticStory.POST_COST);
        String heraldCost = id(SyntheticStory.HERALD_COST);
        ArticleColumn post = window.columns().column("a3");
        assertFalse(visibleIn(post.scrollPane(), post.text().textsOf(postCost).get(0)), "the Post's cost claim starts below the fold");

        clickClaim(robot, "a1", gazetteCost);

        assertEquals(gazetteCost, window.model().selectedClaimProperty().get());
        assertTrue(window.columns().column("a2").text().isMarkedSelected(heraldCost));
        assertTrue(post.text().isMarkedSelected(postCost));
        assertFalse(post.text().isMarkedSelected(id("The Harbour Bridge will close for repairs, the council decided on Tuesday.")));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(visibleIn(post.scrollPane(), post.text().textsOf(postCost).get(0)), "the counterpart was scrolled into view");
        assertEquals(2, window.columns().connectorCount(), "connectors join S1–S2 and S2–S3");
    }

    @Test
    void selectingAFactScrollsSidewaysToItsColumns(FxRobot robot) throws TimeoutException {
        awaitAnalysis(robot);
        ScrollPane outer = (ScrollPane) window.columns().getChildren().get(0);
        robot.interact(() -> outer.setHvalue(1.0));
        ArticleColumn gazette = window.columns().column("a1");
        Bounds view = outer.localToScene(outer.getLayoutBounds());
        assertTrue(gazette.localToScene(gazette.getLayoutBounds()).getMinX() < view.getMinX(), "S1 starts out of sight");
        robot.interact(() -> window.model().select(id(SyntheticStory.GAZETTE_COST)));
        WaitForAsyncUtils.waitForFxEvents();
        Bounds col = gazette.localToScene(gazette.getLayoutBounds());
        view = outer.localToScene(outer.getLayoutBounds());
        assertTrue(col.getMinX() >= view.getMinX() - 1 && col.getMaxX() <= view.getMaxX() + 1, "S1 is in sight");
    }

    @Test
    void theInspectorExplainsTheContradiction(FxRobot robot) throws TimeoutException, IOException {
        awaitAnalysis(robot);
        clickClaim(robot, "a2", id(SyntheticStory.HERALD_COST));
        Label status = robot.lookup("#inspector-status").queryAs(Label.class);
        assertTrue(status.getText().startsWith("✗ Contradiction"), status.getText());
        assertTrue(window.inspector().explanations().contains(SyntheticStory.CONTRADICTION));
        assertFalse(robot.lookup(SyntheticStory.CONTRADICTION).tryQuery().isEmpty(), "the explanation is on screen");
        java.util.Set<String> marked = new java.util.HashSet<>();
        robot.lookup("#inspector .differs").queryAll().forEach(n -> marked.add(((Text) n).getText()));
        assertEquals(java.util.Set.of("work", "would", "bill", "6", "repairs", "could", "about"), marked,
                "each wording marks the telling words the other sources lack");
        WindowSnapshots.write(robot, window, "workspace.png");
    }

    @Test
    void altDownStepsThroughTheDifferencesInReadingOrder(FxRobot robot) throws TimeoutException {
        awaitAnalysis(robot);
        robot.push(KeyCode.ALT, KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("k2", window.model().selectedGroupProperty().get().id());
        robot.push(KeyCode.ALT, KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("k3", window.model().selectedGroupProperty().get().id());
        robot.push(KeyCode.ALT, KeyCode.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("k2", window.model().selectedGroupProperty().get().id());
    }

    @Test
    void theMatrixSortsFactsByHowWorthCheckingTheyAre(FxRobot robot) throws TimeoutException {
        awaitAnalysis(robot);
        @SuppressWarnings("unchecked")
        TableView<Group> matrix = robot.lookup("#matrix").queryAs(TableView.class);
        javafx.scene.control.TableColumn<Group, ?> worth = matrix.getColumns().stream()
                .filter(c -> "matrix-checkworthiness".equals(c.getId())).findFirst().orElseThrow();
        robot.interact(() -> {
            worth.setSortType(javafx.scene.control.TableColumn.SortType.DESCENDING);
            matrix.getSortOrder().setAll(List.of(worth));
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<Double> scores = matrix.getItems().stream()
                .map(g -> g.claims().stream().mapToDouble(org.parallax.model.Claim::checkworthiness).max().orElse(0)).toList();
        assertTrue(scores.size() > 2 && scores.get(0) > scores.get(scores.size() - 1), scores.toString());
        for (int i = 1; i < scores.size(); i++) {
            assertTrue(scores.get(i - 1) >= scores.get(i), "most worth checking first: " + scores);
        }
        assertEquals(String.format(java.util.Locale.ROOT, "%.2f", scores.get(0)),
                robot.lookup("#matrix .table-cell").queryAllAs(javafx.scene.control.TableCell.class).stream()
                        .filter(c -> c.getTableColumn() == worth && c.getIndex() == 0).findFirst().orElseThrow().getText());
    }

    @Test
    void worthCheckingListsOnlyFactsWithAClaimWorthChecking(FxRobot robot) throws TimeoutException {
        awaitAnalysis(robot);
        @SuppressWarnings("unchecked")
        TableView<Group> matrix = robot.lookup("#matrix").queryAs(TableView.class);
        int all = matrix.getItems().size();
        robot.clickOn("#filter-worth-checking");
        WaitForAsyncUtils.waitForFxEvents();
        double from = org.parallax.claims.ClaimExtractor.checkworthyFrom();
        assertTrue(matrix.getItems().size() < all && !matrix.getItems().isEmpty(), matrix.getItems().size() + " of " + all);
        assertTrue(matrix.getItems().stream().allMatch(g -> g.claims().stream().anyMatch(c -> c.checkworthiness() >= from)));
        robot.clickOn("#filter-worth-checking");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(all, matrix.getItems().size());
    }

    @Test
    void theStatusFilterHidesClaimsAndNarrowsStepping(FxRobot robot) throws TimeoutException {
        awaitAnalysis(robot);
        String agreeing = id("Ferries will run every twenty minutes during the closure.");
        assertTrue(window.columns().column("a1").text().shows(agreeing));
        robot.clickOn("#filter-agree");
        robot.clickOn("#filter-unique");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.columns().column("a1").text().shows(agreeing), "agreeing claims are no longer marked");
        @SuppressWarnings("unchecked")
        TableView<Group> matrix = robot.lookup("#matrix").queryAs(TableView.class);
        assertEquals(List.of("k2", "k3"), matrix.getItems().stream().map(Group::id).toList());
        robot.push(KeyCode.ALT, KeyCode.DOWN);
        robot.push(KeyCode.ALT, KeyCode.DOWN);
        robot.push(KeyCode.ALT, KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("k2", window.model().selectedGroupProperty().get().id(), "stepping wraps around the two shown differences");
    }

    @Test
    void notTheSameClaimTakesItOutOfTheMatchAndUndoPutsItBack(FxRobot robot) throws TimeoutException {
        awaitAnalysis(robot);
        String postCost = id(SyntheticStory.POST_COST);
        clickClaim(robot, "a3", postCost);
        robot.clickOn("#not-same");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Status.UNIQUE, window.model().view().statusOf(postCost));
        assertEquals(2, window.model().view().group("k2").claims().size());
        assertEquals(Status.UNIQUE, window.columns().column("a3").text().statusOf(postCost), "the column shows it as unique");
        ArticleColumn post = window.columns().column("a3");
        assertTrue(visibleIn(post.scrollPane(), post.text().textsOf(postCost).get(0)), "the column stays where the reader was");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, window.model().view().group("k2").claims().size());
    }

    @Test
    void exportWritesTheJsonReportOfTheAnalysis(FxRobot robot) throws TimeoutException, IOException {
        awaitAnalysis(robot);
        Path target = home.resolve("exports/bridge.json");
        robot.interact(() -> window.exportJson(target));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !window.busy());
        AnalysisResult read = org.parallax.report.JsonReport.read(Files.newInputStream(target));
        assertEquals(4, read.articles().size());
        assertEquals(story.clusters(), read.clusters());
        assertEquals(home.resolve("exports/bridge-claims.csv"), ExportController.claimsCsvBeside(home.resolve("exports/bridge.csv")));
    }

    @Test
    void exportMenuWritesTheHtmlReportAndBothCsvTables(FxRobot robot) throws TimeoutException, IOException {
        awaitAnalysis(robot);
        Path html = home.resolve("exports/bridge.html");
        robot.interact(() -> window.exportHtml(html));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !window.busy());
        String page = Files.readString(html);
        assertTrue(page.startsWith("<!DOCTYPE html>") || page.startsWith("<!doctype html>"), "a complete page");
        assertTrue(page.contains(story.articles().get(0).outlet()), "names the sources");
        Path csv = home.resolve("exports/bridge.csv");
        robot.interact(() -> window.exportCsv(csv));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !window.busy());
        assertTrue(Files.readString(csv).contains("relation"), "pairs table with its header");
        assertTrue(Files.readString(ExportController.claimsCsvBeside(csv)).lines().count() > story.claims().size(), "one row per claim");
    }

    @Test
    void theTabsShowFramingReuseAndEntities(FxRobot robot) throws TimeoutException, IOException {
        awaitAnalysis(robot);
        robot.clickOn("Framing");
        assertFalse(robot.lookup("loaded: crumbling, neglected").tryQuery().isEmpty(), "the Herald's loaded terms are listed");
        WindowSnapshots.write(robot, window, "tab-framing.png");
        robot.clickOn("Reuse");
        assertFalse(robot.lookup("12%").tryQuery().isEmpty(), "the Post's share of text found in the Gazette");
        WindowSnapshots.write(robot, window, "tab-reuse.png");
        robot.clickOn("Entities");
        assertFalse(robot.lookup("Lena Okafor").tryQuery().isEmpty());
        robot.clickOn("Lena Okafor");
        robot.press(KeyCode.SHIFT).clickOn("Harbour Bridge").release(KeyCode.SHIFT);
        robot.clickOn("#merge-entities");
        assertEquals(1, window.model().view().entities().size(), "merged by hand");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, window.model().view().entities().size(), "undo splits them again");
        robot.clickOn("Claims matrix");
        robot.clickOn("Cracks in the support beams");
        assertEquals("k3", window.model().selectedGroupProperty().get().id(), "a click in the matrix selects the fact");
    }

    @Test
    void aStrayFileInTheFolderIsNamedWithoutHoldingTheKeys(FxRobot robot) throws TimeoutException {
        awaitAnalysis(robot);
        backend.strayFile = true;
        int runs = backend.analyses.get();
        robot.interact(() -> window.analyze(List.of(Path.of(SyntheticStory.DIR))));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> backend.analyses.get() > runs && !window.busy());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("⚠ 1 input not analysed", robot.lookup("#problems").queryAs(javafx.scene.control.Button.class).getText());
        robot.push(KeyCode.ALT, KeyCode.DOWN);
        assertNotNull(window.model().selectedGroupProperty().get(), "the first key goes to the story, not to a dialog");

        int again = backend.analyses.get();
        robot.interact(() -> window.analyze(List.of()));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> backend.analyses.get() > again && !window.busy());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(SyntheticStory.DIR + "budget.xlsx: skipped: unsupported file type (.xlsx)"),
                window.model().notAnalysed().stream().map(Object::toString).toList(),
                "still named after analysing again, while the folder's articles are in the story");
    }

    @Test
    void anUnreadableInputIsNamedWithItsReasonAndTheRestIsShown(FxRobot robot) throws TimeoutException {
        awaitAnalysis(robot);
        int runs = backend.analyses.get();
        robot.interact(() -> {
            window.model().sources().add(org.parallax.ui.project.ProjectSource.file(SyntheticStory.DIR + "broken.txt"));
            window.analyze(List.of());
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> backend.analyses.get() > runs && !window.busy());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("⚠ 1 input not analysed", robot.lookup("#problems").queryAs(javafx.scene.control.Button.class).getText());
        assertEquals(1, javafx.stage.Window.getWindows().stream().filter(javafx.stage.Window::isShowing).count(),
                "no dialog holds the keys until dismissed");
        assertEquals(4, window.columns().columns().size());
        robot.clickOn("#problems");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup(n -> n instanceof javafx.scene.control.TextArea t
                && t.getText().equals(SyntheticStory.DIR + "broken.txt: binary file (PNG image), not text")).tryQuery().isEmpty(),
                "the badge lists the file and the reason");
        robot.push(KeyCode.ESCAPE);
    }

    @Test
    void zoomEnlargesTheArticleText(FxRobot robot) throws TimeoutException {
        awaitAnalysis(robot);
        Text claim = window.columns().column("a1").text().textsOf(id(SyntheticStory.GAZETTE_COST)).get(1);
        double before = claim.getFont().getSize();
        robot.push(KeyCode.CONTROL, KeyCode.EQUALS);
        robot.push(KeyCode.CONTROL, KeyCode.EQUALS);
        WaitForAsyncUtils.waitForFxEvents();
        Text after = window.columns().column("a1").text().textsOf(id(SyntheticStory.GAZETTE_COST)).get(1);
        assertEquals(before + 4, after.getFont().getSize(), 0.01);
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT0);
    }

    @Test
    void correctionsAreAutosavedWithoutAskingTheUser(FxRobot robot) throws TimeoutException, IOException {
        awaitAnalysis(robot);
        Path autosave = new ProjectFiles(home).autosaveFor(null);
        Files.deleteIfExists(autosave);
        clickClaim(robot, "a3", id(SyntheticStory.POST_COST));
        robot.clickOn("#not-same");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> Files.isRegularFile(autosave) && Files.readString(autosave).contains("NOT_SAME"));
    }

    @Test
    void correctionsAndNotesSurviveSaveAndReopen(FxRobot robot) throws TimeoutException, IOException {
        awaitAnalysis(robot);
        String postCost = id(SyntheticStory.POST_COST);
        String gazetteCost = id(SyntheticStory.GAZETTE_COST);
        clickClaim(robot, "a3", postCost);
        robot.clickOn("#not-same");
        clickClaim(robot, "a1", gazetteCost);
        robot.interact(() -> window.model().addNote(gazetteCost, "Checked with the council's budget paper"));
        Path file = home.resolve("bridge.parallax");
        robot.interact(() -> assertTrue(window.saveProject(file)));
        assertTrue(Files.readString(file, StandardCharsets.UTF_8).contains("NOT_SAME"));

        robot.interact(() -> window.model().load(org.parallax.ui.project.Project.of("x", "", List.of(), List.of()), null));
        assertFalse(window.model().hasResult());
        robot.interact(() -> window.openProject(file));
        awaitAnalysis(robot);

        assertEquals(Status.UNIQUE, window.model().view().statusOf(postCost), "the correction came back");
        assertEquals(List.of("Checked with the council's budget paper"), window.model().view().group("k2").notes());
        assertFalse(window.model().dirtyProperty().get());
        assertEquals(file.toAbsolutePath(), new ProjectFiles(home).recent().get(0));
    }

    @Test
    void aTruncatedProjectOffersTheLastGoodAutosave(FxRobot robot) throws TimeoutException, IOException {
        awaitAnalysis(robot);
        String postCost = id(SyntheticStory.POST_COST);
        clickClaim(robot, "a3", postCost);
        robot.clickOn("#not-same");
        Path file = home.resolve("damaged.parallax");
        robot.interact(() -> window.saveProject(file));
        String json = Files.readString(file);
        Files.writeString(file, json.substring(0, json.length() / 2));

        robot.interact(() -> window.model().load(org.parallax.ui.project.Project.of("x", "", List.of(), List.of()), null));
        javafx.application.Platform.runLater(() -> window.openProject(file));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("damaged.parallax: the file ends too early; it may have been cut off while saving")
                .tryQuery().isEmpty(), "the message names the file and the reason");
        robot.clickOn("Open the autosave");
        awaitAnalysis(robot);
        assertEquals(Status.UNIQUE, window.model().view().statusOf(postCost));
        assertTrue(window.model().dirtyProperty().get(), "saving will replace the damaged file");
    }

    @Test
    void aProjectFromANewerVersionIsRefused(FxRobot robot) throws TimeoutException, IOException {
        awaitAnalysis(robot);
        Path file = home.resolve("future.parallax");
        Files.writeString(file, "{\"format\": \"parallax-project\", \"version\": 99, \"sources\": []}");
        int before = window.model().sources().size();
        javafx.application.Platform.runLater(() -> window.openProject(file));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup(n -> n instanceof Label l && l.getText() != null && l.getText().contains("saved by a newer Parallax"))
                .tryQuery().isEmpty());
        assertEquals(before, window.model().sources().size(), "the open story is left as it was");
        robot.push(KeyCode.ESCAPE);
    }

    @Test
    void editingAnOutletAnalysesAgainAndCanBeUndone(FxRobot robot) throws TimeoutException {
        awaitAnalysis(robot);
        int runs = backend.analyses.get();
        robot.interact(() -> window.model().setMetadata(1, "Lakeside Evening Herald", null));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> backend.analyses.get() > runs && !window.busy());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Lakeside Evening Herald", window.model().view().article("a2").outlet());
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> backend.analyses.get() > runs + 1 && !window.busy());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Lakeside Herald", window.model().view().article("a2").outlet());
    }

    @Test
    void excludingASourceRemovesItsColumn(FxRobot robot) throws TimeoutException {
        awaitAnalysis(robot);
        robot.interact(() -> window.model().setIncluded(3, false));
        assertEquals(3, window.columns().columns().size());
        assertNull(window.columns().column("a4"));
        assertEquals("3 sources · 4 shared facts · 1 contradiction · 1 divergence", robot.lookup("#summary").queryAs(Label.class).getText());
    }

    @Test
    void presentationModeShowsOneFactAtATime(FxRobot robot) throws TimeoutException {
        awaitAnalysis(robot);
        robot.push(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        var view = robot.lookup("#presentation").queryAs(org.parallax.ui.view.PresentationView.class);
        assertNotNull(view);
        String first = view.current().id();
        robot.push(KeyCode.RIGHT);
        try {
            WindowSnapshots.write(robot, window, "presentation.png");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(first.equals(view.current().id()));
        robot.interact(() -> window.exportJson(home.resolve("while-presenting.json"))); // a background task, as Ctrl+E starts
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> !window.busy());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#presentation").tryQuery().isPresent(), "an export leaves the presentation on screen");
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#presentation").tryQuery().isEmpty());
        assertEquals(4, window.columns().columns().size());
    }


}
