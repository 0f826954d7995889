package org.parallax.ui.view;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import org.parallax.model.Article;
import org.parallax.model.Reuse;
import org.parallax.model.ReuseSpan;
import org.parallax.ui.WorkspaceModel;
import org.parallax.ui.model.StoryView;

/**
 * Text reuse: a source × source heat map of the share of one article's text that stands nearly
 * verbatim in another (wire copy). A click shows the shared passages side by side.
 */
public final class ReuseTab extends ScrollPane {
    private final WorkspaceModel model;

    public ReuseTab(WorkspaceModel model) {
        this.model = model;
        setId("reuse");
        setFitToWidth(true);
        model.viewProperty().addListener((o, a, b) -> update());
        update();
    }

    private void update() {
        StoryView v = model.view();
        List<Article> arts = v.articles();
        if (v.result().reuse().isEmpty() || arts.size() < 2) {
            Label l = new Label("No shared text found between the sources.");
            l.getStyleClass().add("placeholder");
            setContent(new StackPane(l));
            return;
        }
        GridPane grid = new GridPane();
        grid.setHgap(2);
        grid.setVgap(2);
        grid.setPadding(new Insets(10));
        Label corner = new Label("share of row's text\nfound in column");
        corner.getStyleClass().add("hint");
        grid.add(corner, 0, 0);
        for (int i = 0; i < arts.size(); i++) {
            Label head = SourceSwatch.of(v, arts.get(i).id());
            GridPane.setHalignment(head, javafx.geometry.HPos.CENTER);
            grid.add(head, i + 1, 0);
            grid.add(new Label(v.sourceLabel(arts.get(i).id())), 0, i + 1);
        }
        for (int r = 0; r < arts.size(); r++) {
            for (int c = 0; c < arts.size(); c++) {
                Article a = arts.get(r);
                Article b = arts.get(c);
                StackPane cell = new StackPane();
                cell.setPrefSize(90, 36);
                cell.getStyleClass().add("heat-cell");
                if (r == c) {
                    cell.getStyleClass().add("heat-self");
                    grid.add(cell, c + 1, r + 1);
                    continue;
                }
                Reuse reuse = v.result().reuse().stream().filter(x -> x.a().equals(a.id()) && x.b().equals(b.id())).findFirst().orElse(null);
                double share = reuse == null ? 0 : reuse.share();
                Label l = new Label(share < 0.005 ? "·" : String.format("%.0f%%", share * 100));
                cell.getChildren().add(l);
                // The tint is drawn by opacity over the theme's accent: no colour literal in code.
                StackPane tint = new StackPane();
                tint.getStyleClass().add("heat-tint");
                tint.setOpacity(Math.min(1, share * 1.5));
                cell.getChildren().add(0, tint);
                if (reuse != null && !reuse.spans().isEmpty()) {
                    cell.setId("reuse-" + a.id() + "-" + b.id());
                    cell.setOnMouseClicked(e -> showPassages(v, a, b, reuse));
                    // Reachable with Tab and opened with Enter or Space, like a button.
                    cell.setFocusTraversable(true);
                    cell.setAccessibleRole(javafx.scene.AccessibleRole.BUTTON);
                    cell.setAccessibleText(l.getText() + " of " + v.sourceLabel(a.id()) + " found in " + v.sourceLabel(b.id()));
                    cell.setOnKeyPressed(e -> {
                        if (e.getCode() == javafx.scene.input.KeyCode.ENTER || e.getCode() == javafx.scene.input.KeyCode.SPACE) {
                            showPassages(v, a, b, reuse);
                            e.consume();
                        }
                    });
                    Tooltip.install(cell, new Tooltip("Click (or Enter) to see the shared passages side by side"));
                    cell.getStyleClass().add("clickable");
                }
                grid.add(cell, c + 1, r + 1);
            }
        }
        setContent(grid);
    }

    /** The shared passages in pairs, one row each: the row source's wording left, the column source's right. */
    private void showPassages(StoryView v, Article a, Article b, Reuse reuse) {
        GridPane pairs = new GridPane();
        pairs.setId("reuse-passages");
        pairs.setHgap(16);
        pairs.setVgap(10);
        pairs.setPadding(new Insets(4));
        javafx.scene.layout.ColumnConstraints half = new javafx.scene.layout.ColumnConstraints();
        half.setPercentWidth(50);
        half.setHgrow(Priority.ALWAYS);
        pairs.getColumnConstraints().addAll(half, half);
        pairs.addRow(0, heading(v, a), heading(v, b));
        int row = 1;
        for (ReuseSpan s : reuse.spans()) {
            pairs.addRow(row++, passage(cut(a.text(), s.aStart(), s.aEnd())), passage(cut(b.text(), s.bStart(), s.bEnd())));
        }
        ScrollPane scroll = new ScrollPane(pairs);
        scroll.setFitToWidth(true);
        scroll.setPrefSize(900, 480);
        Alert dialog = new Alert(Alert.AlertType.NONE, "", ButtonType.CLOSE);
        dialog.setTitle("Shared text");
        dialog.setHeaderText(String.format("%.0f%% of %s's text stands in %s (%d %s)", reuse.share() * 100,
                v.sourceLabel(a.id()), v.sourceLabel(b.id()), reuse.spans().size(),
                reuse.spans().size() == 1 ? "passage" : "passages"));
        dialog.getDialogPane().setContent(scroll);
        dialog.getDialogPane().setPrefSize(960, 560);
        dialog.getDialogPane().setMinSize(javafx.scene.layout.Region.USE_PREF_SIZE, javafx.scene.layout.Region.USE_PREF_SIZE);
        dialog.setResizable(true);
        dialog.initOwner(getScene().getWindow());
        dialog.show();
    }

    private static Node heading(StoryView v, Article article) {
        HBox h = new HBox(6, SourceSwatch.of(v, article.id()), new Label(StoryView.sourceName(article)));
        h.setAlignment(Pos.CENTER_LEFT);
        h.getStyleClass().add("column-title");
        return h;
    }

    /** One passage, selectable for copying, as tall as its text. */
    private static Node passage(String text) {
        TextArea t = new TextArea(text);
        t.setEditable(false);
        t.setWrapText(true);
        t.getStyleClass().add("reuse-passage");
        t.setPrefRowCount(Math.max(2, Math.min(12, text.length() / 60 + 1)));
        GridPane.setValignment(t, javafx.geometry.VPos.TOP);
        return t;
    }

    private static String cut(String text, int start, int end) {
        int s = Math.max(0, Math.min(start, text.length()));
        int e = Math.max(s, Math.min(end, text.length()));
        return text.substring(s, e).strip();
    }
}
