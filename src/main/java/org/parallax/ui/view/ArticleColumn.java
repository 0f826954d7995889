package org.parallax.ui.view;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.parallax.model.Article;
import org.parallax.model.DateAnomaly;
import org.parallax.ui.model.Status;
import org.parallax.ui.model.StoryView;

/** One source: a header (swatch, outlet, date, findings), its text, and an overview ruler of where its differences are. */
public final class ArticleColumn extends BorderPane {
    private final Article article;
    private final ArticleText text = new ArticleText();
    private final ScrollPane scroll = new ScrollPane(text);
    private final Pane ruler = new Pane();

    /** @param analysed false while the column shows the text as read, before the analysis's claims */
    public ArticleColumn(StoryView view, Article article, Set<Status> shown, boolean analysed, boolean allFraming,
                         Consumer<String> onClaimClicked) {
        this.article = article;
        getStyleClass().add("article-column");
        setId("column-" + article.id());

        Label swatch = SourceSwatch.of(view, article.id());
        Label name = new Label(StoryView.sourceName(article));
        name.getStyleClass().add("column-title");
        name.setMinWidth(0);
        Label date = new Label(article.published() == null ? "no date" : article.published().toString());
        date.getStyleClass().add("column-date");
        HBox titleLine = new HBox(6, swatch, name);
        titleLine.setAlignment(Pos.CENTER_LEFT);
        HBox header = new HBox(6);
        header.setAlignment(Pos.CENTER_LEFT);
        if (view.isOffTopic(article.id())) {
            Label off = new Label("⚠ off-topic");
            off.getStyleClass().addAll("badge", "badge-warning");
            off.setTooltip(new Tooltip("This article reports a different event from the rest of the set."));
            header.getChildren().add(off);
        }
        DateAnomaly anomaly = view.dateAnomaly(article.id());
        if (anomaly != null) {
            Label d = new Label("⚠ date");
            d.getStyleClass().addAll("badge", "badge-warning");
            d.setTooltip(new Tooltip(anomaly.note()));
            header.getChildren().add(d);
        }
        Label count = new Label(analysed ? "· " + view.claimCount(article.id()) + " claims" : "· reading…");
        count.getStyleClass().add("column-count");
        header.getChildren().addAll(0, List.of(date, count));
        VBox top = new VBox(2, titleLine, header);
        top.getStyleClass().add("column-header");
        setTop(top);

        text.setContent(view, article, shown, allFraming);
        text.setOnClaimClicked(onClaimClicked);
        text.setOnMarksChanged(this::drawRuler);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("article-scroll");
        setCenter(scroll);

        ruler.getStyleClass().add("overview-ruler");
        ruler.setPrefWidth(10);
        ruler.setMinWidth(10);
        ruler.heightProperty().addListener((o, a, b) -> drawRuler());
        ruler.setOnMouseClicked(e -> scroll.setVvalue(e.getY() / Math.max(1, ruler.getHeight())));
        Tooltip.install(ruler, new Tooltip("Where this source's differences are; click to jump"));
        setRight(ruler);
    }

    public Article article() {
        return article;
    }

    public ArticleText text() {
        return text;
    }

    public ScrollPane scrollPane() {
        return scroll;
    }

    public void setSelection(Set<String> claims, String focus) {
        text.setSelection(claims, focus);
    }

    /** Scrolls so that the claim stands about a third of the way down the column. */
    public void scrollTo(String claimId) {
        text.applyCss();
        text.layout();
        double y = text.yOf(claimId);
        if (y < 0) {
            return;
        }
        double content = text.getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (content <= viewport) {
            return;
        }
        double top = scroll.getVvalue() * (content - viewport);
        if (y >= top && y + 24 <= top + viewport) {
            return; // already in view: moving the text would only disorient
        }
        double v = (y - viewport * 0.3) / (content - viewport);
        scroll.setVvalue(Math.max(0, Math.min(1, v)));
    }

    private void drawRuler() {
        ruler.getChildren().clear();
        double content = Math.max(1, text.getHeight());
        double h = ruler.getHeight();
        for (Map.Entry<String, Double> e : text.claimPositions().entrySet()) {
            Status s = text.statusOf(e.getKey());
            if (s == null || !s.isDifference()) {
                continue;
            }
            Rectangle tick = new Rectangle(1, e.getValue() / content * h, 8, 3);
            tick.getStyleClass().addAll("ruler-tick", s.styleClass());
            ruler.getChildren().add(tick);
        }
    }
}
