package org.parallax.ui.view;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
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
import javafx.scene.layout.VBox;
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
                    cell.setOnMouseClicked(e -> showPassages(v, a, b, reuse));
                    Tooltip.install(cell, new Tooltip("Click to see the shared passages"));
                    cell.getStyleClass().add("clickable");
                }
                grid.add(cell, c + 1, r + 1);
            }
        }
        setContent(grid);
    }

    private void showPassages(StoryView v, Article a, Article b, Reuse reuse) {
        StringBuilder left = new StringBuilder();
        StringBuilder right = new StringBuilder();
        for (ReuseSpan s : reuse.spans()) {
            left.append(cut(a.text(), s.aStart(), s.aEnd())).append("\n\n");
            right.append(cut(b.text(), s.bStart(), s.bEnd())).append("\n\n");
        }
        TextArea l = new TextArea(left.toString());
        TextArea r = new TextArea(right.toString());
        for (TextArea t : List.of(l, r)) {
            t.setEditable(false);
            t.setWrapText(true);
            HBox.setHgrow(t, Priority.ALWAYS);
        }
        VBox lb = new VBox(4, new Label(v.sourceLabel(a.id())), l);
        VBox rb = new VBox(4, new Label(v.sourceLabel(b.id())), r);
        HBox.setHgrow(lb, Priority.ALWAYS);
        HBox.setHgrow(rb, Priority.ALWAYS);
        HBox both = new HBox(8, lb, rb);
        both.setAlignment(Pos.TOP_LEFT);
        both.setPrefSize(900, 480);
        Alert dialog = new Alert(Alert.AlertType.NONE, "", ButtonType.CLOSE);
        dialog.setTitle("Shared text");
        dialog.setHeaderText(String.format("%.0f%% of %s's text stands in %s", reuse.share() * 100,
                v.sourceLabel(a.id()), v.sourceLabel(b.id())));
        dialog.getDialogPane().setContent(both);
        dialog.setResizable(true);
        dialog.initOwner(getScene().getWindow());
        dialog.show();
    }

    private static String cut(String text, int start, int end) {
        int s = Math.max(0, Math.min(start, text.length()));
        int e = Math.max(s, Math.min(end, text.length()));
        return text.substring(s, e).strip();
    }
}
