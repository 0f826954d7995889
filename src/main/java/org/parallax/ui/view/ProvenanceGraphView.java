package org.parallax.ui.view;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import org.parallax.model.Article;
import org.parallax.model.Provenance;
import org.parallax.model.ProvenanceEdge;
import org.parallax.ui.model.StoryView;

/**
 * Who took from whom, drawn: the sources on a circle as their tags, a line between two that share
 * text or facts, thicker for more shared text, with an arrowhead at the later source where the
 * dates give a direction. Hovering a line names its shares.
 */
public final class ProvenanceGraphView extends Pane {
    private static final double RADIUS = 55;
    private static final double SIZE = 2 * RADIUS + 40;
    /** Room on the circle for one source's tag: more sources than fit on the smallest circle widen it. */
    private static final double ARC_PER_SOURCE = 29;

    public ProvenanceGraphView() {
        getStyleClass().add("provenance-graph");
        setId("provenance-graph");
        setPrefSize(SIZE, SIZE);
        setMinSize(SIZE, SIZE);
        setMaxSize(SIZE, SIZE);
    }

    public void show(StoryView v) {
        getChildren().clear();
        List<Article> articles = v.articles();
        Provenance p = v.result().provenance();
        // Drawn on a circle wide enough for every tag, then scaled into the usual square: the
        // window's layout stays as it is, and the tags of many sources do not overlap.
        double radius = Math.max(RADIUS, articles.size() * ARC_PER_SOURCE / (2 * Math.PI));
        double middle = radius + 20;
        double scale = SIZE / (2 * middle);
        getTransforms().setAll(new javafx.scene.transform.Scale(scale, scale, 0, 0));
        Map<String, Point2D> at = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            double angle = -Math.PI / 2 + 2 * Math.PI * i / Math.max(1, articles.size());
            at.put(articles.get(i).id(), new Point2D(middle + radius * Math.cos(angle), middle + radius * Math.sin(angle)));
        }
        for (ProvenanceEdge e : p.edges()) {
            Point2D from = at.get(e.from());
            Point2D to = at.get(e.to());
            if (from == null || to == null) {
                continue;
            }
            Line line = new Line(from.getX(), from.getY(), to.getX(), to.getY());
            line.setStrokeWidth(1 + 8 * e.textShare());
            line.getStyleClass().add("provenance-edge");
            Tooltip.install(line, new Tooltip(v.sourceTag(e.from()) + (e.directed() ? " → " : " — ") + v.sourceTag(e.to())
                    + ": " + Math.round(e.textShare() * 100) + "% of the text, " + Math.round(e.claimShare() * 100)
                    + "% of the claims" + (e.directed() ? " of the later source" : "") + " shared"));
            getChildren().add(line);
            if (e.directed()) {
                getChildren().add(arrowHead(from, to));
            }
        }
        for (Article a : articles) {
            Label tag = SourceSwatch.of(v, a.id());
            Point2D c = at.get(a.id());
            // Centred on its point, whatever the tag's width ("S1", "S21").
            tag.layoutXProperty().bind(tag.widthProperty().divide(-2).add(c.getX()));
            tag.layoutYProperty().bind(tag.heightProperty().divide(-2).add(c.getY()));
            getChildren().add(tag);
        }
    }

    /** A small triangle pointing at the later source, stopped short of its tag. */
    private static Polygon arrowHead(Point2D from, Point2D to) {
        Point2D direction = to.subtract(from).normalize();
        Point2D tip = to.subtract(direction.multiply(14));
        Point2D side = new Point2D(-direction.getY(), direction.getX()).multiply(5);
        Point2D base = tip.subtract(direction.multiply(9));
        Polygon head = new Polygon(tip.getX(), tip.getY(), base.getX() + side.getX(), base.getY() + side.getY(),
                base.getX() - side.getX(), base.getY() - side.getY());
        head.getStyleClass().add("provenance-arrow");
        return head;
    }
}
