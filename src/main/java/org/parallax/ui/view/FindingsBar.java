package org.parallax.ui.view;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.controlsfx.control.PopOver;
import org.parallax.model.DateAnomaly;
import org.parallax.model.InputProblem;
import org.parallax.ui.WorkspaceModel;
import org.parallax.ui.model.Status;
import org.parallax.ui.model.StoryView;

/**
 * The story at a glance: the one-line summary, story-level findings, and prev/next difference.
 * Summary and warning badges flow together and wrap onto a second line rather than cut the
 * summary short (at any zoom); the buttons keep their full labels.
 */
public final class FindingsBar extends HBox {
    private final WorkspaceModel model;
    private final Label summary = new Label();
    private final FlowPane findings = new FlowPane(10, 4);

    public FindingsBar(WorkspaceModel model) {
        this.model = model;
        setId("findings-bar");
        getStyleClass().add("findings-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(10);
        summary.getStyleClass().add("summary");
        summary.setId("summary");
        summary.setWrapText(true);
        findings.setId("findings");
        findings.setAlignment(Pos.CENTER_LEFT);
        findings.setRowValignment(javafx.geometry.VPos.CENTER);
        findings.setMinWidth(0);
        findings.setPrefWrapLength(Region.USE_COMPUTED_SIZE);
        // A summary longer than the bar wraps inside its own label instead of being cut.
        summary.maxWidthProperty().bind(findings.widthProperty());
        HBox.setHgrow(findings, Priority.ALWAYS);
        Button prev = new Button("▲ Previous");
        prev.setTooltip(new Tooltip("Previous difference (Alt+Up)"));
        prev.setOnAction(e -> model.step(-1));
        Button next = new Button("▼ Next difference");
        next.setId("next-difference");
        next.setTooltip(new Tooltip("Next difference (Alt+Down)"));
        next.setOnAction(e -> model.step(+1));
        prev.setFocusTraversable(false);
        next.setFocusTraversable(false);
        for (Button b : List.of(prev, next)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        getChildren().addAll(findings, prev, next);
        model.viewProperty().addListener((o, a, b) -> update());
        model.marksPendingProperty().addListener((o, a, b) -> update());
        model.notAnalysed().addListener((javafx.collections.ListChangeListener<InputProblem>) c -> update());
        update();
    }

    /**
     * "⚠ 2 inputs not analysed": a click (or Space) lists each with why, in a pop-over whose text
     * can be selected and copied; nothing is held until the user looks.
     */
    private static Button notAnalysedBadge(List<InputProblem> problems) {
        int n = problems.size();
        Button b = new Button("⚠ " + StoryView.plural(n, "input", "inputs") + " not analysed");
        b.getStyleClass().addAll("badge", "badge-warning", "clickable");
        b.setId("problems");
        String list = String.join("\n", problems.stream().map(InputProblem::toString).toList());
        b.setTooltip(new Tooltip(list));
        b.setOnAction(e -> {
            TextArea text = new TextArea(list);
            text.setId("problems-list");
            text.setEditable(false);
            text.setWrapText(true);
            text.setPrefRowCount(Math.min(10, n + 1));
            text.setPrefColumnCount(60);
            PopOver pop = new PopOver(text);
            pop.setTitle(n == 1 ? "Not analysed; the other inputs were" : n + " inputs not analysed; the others were");
            pop.setHeaderAlwaysVisible(true);
            pop.setArrowLocation(PopOver.ArrowLocation.TOP_CENTER);
            pop.show(b);
        });
        return b;
    }

    /** The key to the colours and symbols. */
    public static javafx.scene.layout.Pane legend() {
        FlowPane box = new FlowPane(10, 4);
        box.getStyleClass().add("legend");
        for (Status s : Status.values()) {
            Label l = new Label(s.symbol() + " " + s.label());
            l.getStyleClass().addAll("legend-item", s.styleClass());
            box.getChildren().add(l);
        }
        Label framing = new Label("framing words");
        framing.getStyleClass().addAll("legend-item", "legend-framing");
        framing.setTooltip(new Tooltip("Loaded words, labels and hedges that set a source apart are underlined (View ▸ Show All Framing: every one)"));
        Label selection = new Label("selected fact");
        selection.getStyleClass().addAll("legend-item", "legend-selection");
        box.getChildren().addAll(framing, selection);
        return box;
    }

    private void update() {
        StoryView v = model.view();
        if (model.marksPendingProperty().get()) {
            summary.setText(StoryView.plural(v.articles().size(), "source", "sources") + " read · finding the claims and"
                    + " how the sources compare…");
        } else {
            summary.setText(v.articles().isEmpty() ? "" : v.summary());
        }
        findings.getChildren().setAll(summary);
        if (!v.offTopic().isEmpty()) {
            // One badge for all off-topic sources keeps the bar short.
            Label l = new Label("⚠ off-topic: " + String.join(", ", v.offTopic().stream().map(v::sourceTag).toList()));
            l.getStyleClass().addAll("badge", "badge-warning");
            l.setId("off-topic");
            l.setTooltip(new Tooltip(String.join("\n", v.offTopic().stream().map(id -> v.sourceLabel(id)
                    + " reports a different event from the rest of the set").toList())));
            findings.getChildren().add(l);
        }
        if (!model.notAnalysed().isEmpty()) {
            findings.getChildren().add(notAnalysedBadge(List.copyOf(model.notAnalysed())));
        }
        for (DateAnomaly d : v.dateAnomalies()) {
            Label l = new Label("⚠ " + v.sourceTag(d.article()) + ": date conflicts with its content");
            l.getStyleClass().addAll("badge", "badge-warning");
            l.setId(v.dateAnomalies().size() == 1 ? "date-conflict" : "date-conflict-" + d.article());
            l.setTooltip(new Tooltip(d.note()));
            findings.getChildren().add(l);
        }
    }
}
