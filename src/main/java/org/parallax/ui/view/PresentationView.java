package org.parallax.ui.view;

import java.util.List;
import java.util.Set;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.parallax.model.Claim;
import org.parallax.model.ClaimPair;
import org.parallax.ui.WorkspaceModel;
import org.parallax.ui.model.Group;
import org.parallax.ui.model.Status;
import org.parallax.ui.model.StoryView;

/**
 * Presentation mode for a classroom: one fact at a time in large type, each source's wording and
 * the explanation; arrow keys (or Space) step, Esc or F11 leaves.
 */
public final class PresentationView extends BorderPane {
    private final WorkspaceModel model;
    private final Runnable onExit;
    private final VBox body = new VBox(18);
    private final Label position = new Label();
    private List<Group> groups = List.of();
    private int index;

    public PresentationView(WorkspaceModel model, Runnable onExit) {
        this.model = model;
        this.onExit = onExit;
        getStyleClass().add("presentation");
        setId("presentation");
        StoryView v = model.view();
        groups = v.visible(Set.copyOf(model.shown())).stream().filter(Group::shared).toList();
        if (groups.isEmpty()) {
            groups = v.visible(Set.copyOf(model.shown()));
        }
        Group selected = model.selectedGroupProperty().get();
        index = selected == null ? 0 : Math.max(0, indexOf(selected));
        Label summary = new Label(v.summary());
        summary.getStyleClass().add("presentation-summary");
        Label help = new Label("← → step · Esc leaves");
        help.getStyleClass().add("hint");
        HBox top = new HBox(24, summary, position, help);
        top.setAlignment(Pos.CENTER_LEFT);
        top.getStyleClass().add("presentation-top");
        setTop(top);
        ScrollPane sp = new ScrollPane(body);
        sp.setFitToWidth(true);
        body.getStyleClass().add("presentation-body");
        setCenter(sp);
        setFocusTraversable(true);
        addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            KeyCode k = e.getCode();
            if (k == KeyCode.RIGHT || k == KeyCode.DOWN || k == KeyCode.SPACE || k == KeyCode.PAGE_DOWN) {
                show(index + 1);
                e.consume();
            } else if (k == KeyCode.LEFT || k == KeyCode.UP || k == KeyCode.PAGE_UP) {
                show(index - 1);
                e.consume();
            } else if (k == KeyCode.ESCAPE || k == KeyCode.F11) {
                e.consume();
                onExit.run();
            }
        });
        show(index);
    }

    private int indexOf(Group g) {
        for (int i = 0; i < groups.size(); i++) {
            if (groups.get(i).id().equals(g.id())) {
                return i;
            }
        }
        return -1;
    }

    public Group current() {
        return groups.isEmpty() ? null : groups.get(index);
    }

    private void show(int i) {
        body.getChildren().clear();
        if (groups.isEmpty()) {
            position.setText("");
            body.getChildren().add(new Label("Nothing to present."));
            return;
        }
        index = Math.max(0, Math.min(groups.size() - 1, i));
        Group g = groups.get(index);
        model.selectGroup(g);
        StoryView v = model.view();
        position.setText((index + 1) + " / " + groups.size());
        Label status = new Label(g.status().symbol() + " " + g.status().label());
        status.getStyleClass().addAll("status-badge", g.status().styleClass(), "presentation-status");
        Label topic = new Label(g.topic());
        topic.setWrapText(true);
        topic.getStyleClass().add("presentation-topic");
        body.getChildren().addAll(status, topic);
        for (Claim c : g.claims()) {
            Status s = g.statusOf(c.id());
            Label who = new Label(s.symbol() + "  " + v.sourceLabel(c.article()));
            who.getStyleClass().addAll("presentation-source", s.styleClass());
            Label text = new Label(c.text());
            text.setWrapText(true);
            text.getStyleClass().add("presentation-claim");
            VBox card = new VBox(6, who, text);
            card.getStyleClass().addAll("wording-card", s.styleClass());
            body.getChildren().add(card);
        }
        for (ClaimPair p : g.pairs()) {
            if (p.explanation() != null && !p.explanation().isBlank() && Status.of(p.relation()).isDifference()) {
                Claim a = v.claim(p.a());
                Claim b = v.claim(p.b());
                String pair = a == null || b == null ? "" : " (" + v.sourceTag(a.article()) + " ↔ " + v.sourceTag(b.article()) + ")";
                Label why = new Label(Status.of(p.relation()).symbol() + " Why" + pair + ": " + p.explanation());
                why.setWrapText(true);
                why.getStyleClass().add("presentation-explanation");
                body.getChildren().add(why);
            }
        }
    }
}
