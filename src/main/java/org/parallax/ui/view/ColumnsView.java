package org.parallax.ui.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.layout.Pane;
import javafx.scene.shape.CubicCurve;
import javafx.scene.shape.Rectangle;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import org.parallax.model.Article;
import org.parallax.model.Claim;
import org.parallax.ui.WorkspaceModel;
import org.parallax.ui.model.Group;
import org.parallax.ui.model.StoryView;

/**
 * The sources side by side. Selecting a claim marks its counterparts in every column and scrolls
 * each column so they line up ("align on selection", as a diff tool does).
 */
public final class ColumnsView extends StackPane {
    private final WorkspaceModel model;
    private final HBox row = new HBox();
    private final ScrollPane scroll = new ScrollPane(row);
    private final List<ArticleColumn> columns = new ArrayList<>();
    private final Label empty = new Label("No source is included. Tick a source on the left to show it.");
    /** Thin curves from the selected claim to its counterparts, as a diff tool draws between matching chunks. */
    private final Pane connectors = new Pane();
    private boolean connectorsPending;

    public ColumnsView(WorkspaceModel model) {
        this.model = model;
        getStyleClass().add("columns-view");
        row.getStyleClass().add("columns-row");
        scroll.setFitToHeight(true);
        scroll.setFitToWidth(true);
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        empty.getStyleClass().add("placeholder");
        connectors.setMouseTransparent(true);
        connectors.getStyleClass().add("connectors");
        getChildren().addAll(scroll, connectors);
        scroll.hvalueProperty().addListener((o, a, b) -> drawConnectorsLater());
        row.widthProperty().addListener((o, a, b) -> drawConnectorsLater());
        heightProperty().addListener((o, a, b) -> drawConnectorsLater());
        model.viewProperty().addListener((o, a, b) -> rebuild());
        model.shown().addListener((javafx.collections.SetChangeListener<Object>) c -> rebuild());
        model.allFramingProperty().addListener((o, a, b) -> rebuild());
        model.selectedClaimProperty().addListener((o, a, b) -> showSelection(true));
        rebuild();
    }

    public List<ArticleColumn> columns() {
        return List.copyOf(columns);
    }

    public ArticleColumn column(String articleId) {
        return columns.stream().filter(c -> c.article().id().equals(articleId)).findFirst().orElse(null);
    }

    private void rebuild() {
        StoryView v = model.view();
        // Keep each column where the user left it: a correction must not throw the reader back to the top.
        java.util.Map<String, Double> scrolled = new java.util.HashMap<>();
        columns.forEach(c -> scrolled.put(c.article().path(), c.scrollPane().getVvalue()));
        columns.clear();
        row.getChildren().clear();
        for (Article a : v.articles()) {
            ArticleColumn col = new ArticleColumn(v, a, Set.copyOf(model.shown()), !model.marksPendingProperty().get(),
                    model.allFramingProperty().get(), model::select);
            col.scrollPane().setVvalue(scrolled.getOrDefault(a.path(), 0.0));
            col.scrollPane().vvalueProperty().addListener((o, x, y) -> drawConnectorsLater());
            col.setMinWidth(260);
            col.setPrefWidth(380);
            HBox.setHgrow(col, Priority.ALWAYS);
            columns.add(col);
            row.getChildren().add(col);
        }
        getChildren().remove(empty);
        if (columns.isEmpty() && model.hasResult()) {
            getChildren().add(1, empty);
        }
        showSelection(false);
    }

    private void showSelection(boolean scrollToIt) {
        Group g = model.selectedGroupProperty().get();
        String focus = model.selectedClaimProperty().get();
        Set<String> ids = g == null ? Set.of() : g.claims().stream().map(Claim::id).collect(Collectors.toSet());
        columns.forEach(c -> c.setSelection(ids, focus));
        drawConnectorsLater();
        if (scrollToIt && g != null) {
            // After layout, so the marks have their positions.
            Platform.runLater(() -> {
                revealColumns(g, focus);
                for (ArticleColumn c : columns) {
                    List<Claim> mine = g.claimsOf(c.article().id());
                    if (!mine.isEmpty()) {
                        c.scrollTo(mine.get(0).id());
                    }
                }
                drawConnectorsLater();
            });
        }
    }

    /**
     * Scrolls sideways so the columns holding the selected fact are in sight: all of them when
     * they fit, else the picked claim's column.
     */
    private void revealColumns(Group g, String focus) {
        double content = row.getWidth();
        double viewport = scroll.getViewportBounds().getWidth();
        if (content <= viewport + 1) {
            return;
        }
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        ArticleColumn focused = null;
        for (ArticleColumn c : columns) {
            if (!g.claimsOf(c.article().id()).isEmpty()) {
                min = Math.min(min, c.getBoundsInParent().getMinX());
                max = Math.max(max, c.getBoundsInParent().getMaxX());
            }
            if (g.claimsOf(c.article().id()).stream().anyMatch(x -> x.id().equals(focus))) {
                focused = c;
            }
        }
        if (min > max) {
            return;
        }
        if (max - min > viewport && focused != null) {
            min = focused.getBoundsInParent().getMinX();
            max = focused.getBoundsInParent().getMaxX();
        }
        double left = scroll.getHvalue() * (content - viewport);
        if (min < left) {
            left = min;
        } else if (max > left + viewport) {
            left = Math.min(min, max - viewport);
        } else {
            return;
        }
        scroll.setHvalue(Math.max(0, Math.min(1, left / (content - viewport))));
    }

    private void drawConnectorsLater() {
        if (!connectorsPending) {
            connectorsPending = true;
            Platform.runLater(() -> {
                connectorsPending = false;
                drawConnectors();
            });
        }
    }

    /** Joins the selected fact's claims in neighbouring shown columns, left to right; skips claims scrolled out of view. */
    private void drawConnectors() {
        connectors.getChildren().clear();
        Group g = model.selectedGroupProperty().get();
        if (g == null || !g.shared()) {
            return;
        }
        Bounds previous = null;
        for (ArticleColumn c : columns) {
            List<Claim> mine = g.claimsOf(c.article().id());
            if (mine.isEmpty()) {
                continue;
            }
            Bounds box = visibleBox(c, mine.get(0).id());
            if (box == null) {
                previous = null;
                continue;
            }
            if (previous != null) {
                double x1 = previous.getMaxX();
                double y1 = previous.getMinY() + Math.min(previous.getHeight(), 20) / 2;
                double x2 = box.getMinX();
                double y2 = box.getMinY() + Math.min(box.getHeight(), 20) / 2;
                double bend = Math.max(30, (x2 - x1) / 2);
                CubicCurve curve = new CubicCurve(x1, y1, x1 + bend, y1, x2 - bend, y2, x2, y2);
                curve.getStyleClass().add("connector");
                connectors.getChildren().add(curve);
            }
            previous = box;
        }
    }

    /** The claim's marks in this view's coordinates, or null when it is scrolled out of its column. */
    private Bounds visibleBox(ArticleColumn c, String claimId) {
        List<Rectangle> marks = c.text().marksOf(claimId);
        if (marks.isEmpty() || c.getScene() == null) {
            return null;
        }
        Bounds column = connectors.sceneToLocal(c.scrollPane().localToScene(c.scrollPane().getLayoutBounds()));
        Bounds shown = connectors.sceneToLocal(scroll.localToScene(scroll.getLayoutBounds()));
        if (column.getMinX() >= shown.getMaxX() - 20 || column.getMaxX() <= shown.getMinX() + 20) {
            return null; // the column is scrolled out of sight sideways
        }
        Bounds view = new javafx.geometry.BoundingBox(Math.max(column.getMinX(), shown.getMinX()), column.getMinY(),
                Math.min(column.getMaxX(), shown.getMaxX()) - Math.max(column.getMinX(), shown.getMinX()), column.getHeight());
        Rectangle last = marks.get(marks.size() - 1);
        Bounds first = connectors.sceneToLocal(marks.get(0).localToScene(marks.get(0).getBoundsInLocal()));
        Bounds end = connectors.sceneToLocal(last.localToScene(last.getBoundsInLocal()));
        double minY = first.getMinY();
        if (minY < view.getMinY() || minY > view.getMaxY() - 8 || end.getMaxX() < view.getMinX() || first.getMinX() > view.getMaxX()) {
            return null;
        }
        double minX = Math.max(view.getMinX(), Math.min(first.getMinX(), end.getMinX()));
        double maxX = Math.min(view.getMaxX(), Math.max(first.getMaxX(), end.getMaxX()));
        return new javafx.geometry.BoundingBox(minX, minY, Math.max(1, maxX - minX), Math.max(1, end.getMaxY() - minY));
    }

    /** For tests: how many connectors are drawn. */
    public int connectorCount() {
        return connectors.getChildren().size();
    }
}
