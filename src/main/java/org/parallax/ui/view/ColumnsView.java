package org.parallax.ui.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.application.Platform;
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

    public ColumnsView(WorkspaceModel model) {
        this.model = model;
        getStyleClass().add("columns-view");
        row.getStyleClass().add("columns-row");
        scroll.setFitToHeight(true);
        scroll.setFitToWidth(true);
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        empty.getStyleClass().add("placeholder");
        getChildren().add(scroll);
        model.viewProperty().addListener((o, a, b) -> rebuild());
        model.shown().addListener((javafx.collections.SetChangeListener<Object>) c -> rebuild());
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
        columns.clear();
        row.getChildren().clear();
        for (Article a : v.articles()) {
            ArticleColumn col = new ArticleColumn(v, a, Set.copyOf(model.shown()), model::select);
            col.setMinWidth(260);
            col.setPrefWidth(380);
            HBox.setHgrow(col, Priority.ALWAYS);
            columns.add(col);
            row.getChildren().add(col);
        }
        getChildren().remove(empty);
        if (columns.isEmpty() && model.hasResult()) {
            getChildren().add(empty);
        }
        showSelection(false);
    }

    private void showSelection(boolean scrollToIt) {
        Group g = model.selectedGroupProperty().get();
        String focus = model.selectedClaimProperty().get();
        Set<String> ids = g == null ? Set.of() : g.claims().stream().map(Claim::id).collect(Collectors.toSet());
        columns.forEach(c -> c.setSelection(ids, focus));
        if (scrollToIt && g != null) {
            // After layout, so the marks have their positions.
            Platform.runLater(() -> {
                for (ArticleColumn c : columns) {
                    List<Claim> mine = g.claimsOf(c.article().id());
                    if (!mine.isEmpty()) {
                        c.scrollTo(mine.get(0).id());
                    }
                }
            });
        }
    }
}
