package org.parallax.ui.control;

import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Pane;
import org.parallax.model.Claim;
import org.parallax.model.ClaimPair;
import org.parallax.ui.WorkspaceModel;
import org.parallax.ui.model.Group;
import org.parallax.ui.model.StoryView;
import org.parallax.ui.view.ColumnsView;
import org.parallax.ui.view.InspectorPane;
import org.parallax.ui.view.SourcesPanel;
import org.parallax.ui.view.StatusBar;
import org.parallax.ui.view.Workspace;

/**
 * Moving through the story from the keyboard: the next or previous difference, finding a claim
 * by its words, and the next or previous pane. Each says in the status line where it landed,
 * since the selection alone may be off screen.
 */
public final class NavigationController {
    private final WorkspaceModel model;
    private final Workspace workspace;
    private final Pane center;
    private final DisplayController display;
    private final StatusBar status;

    /** {@code center} holds the workspace when it is on screen; presentation mode has its own keys. */
    public NavigationController(WorkspaceModel model, Workspace workspace, Pane center, DisplayController display, StatusBar status) {
        this.model = model;
        this.workspace = workspace;
        this.center = center;
        this.display = display;
        this.status = status;
    }

    /** Alt+Down / Alt+Up: selects the next (or previous) difference the filter shows and names it. */
    public void step(int direction) {
        if (display.presenting()) {
            return;
        }
        if (model.marksPendingProperty().get()) {
            status.say("Still comparing the sources: the differences come when the analysis ends");
            return;
        }
        Group g = model.step(direction);
        // Selecting may narrow the match to the selected claim's facts: name the pair the inspector shows.
        Group shown = model.selectedGroupProperty().get();
        status.say(g == null ? "No differences to step through with this filter" : stepMessage(shown != null ? shown : g));
    }

    /** Names the two sources and the words that differ, not only the match's topic: the topic may be another of its facts. */
    private String stepMessage(Group g) {
        ClaimPair p = g.decisivePair();
        StoryView v = model.view();
        Claim a = p == null ? null : v.claim(p.a());
        Claim b = p == null ? null : v.claim(p.b());
        if (a == null || b == null) {
            return g.status().symbol() + " " + g.topic();
        }
        return g.status().symbol() + " " + v.sourceLabel(a.article()) + " / " + v.sourceLabel(b.article()) + ": " + p.explanation();
    }

    /** Selects the first claim shown that contains {@code text}, or with {@code next} the one after the selection. */
    public void find(String text, boolean next) {
        if (text == null || text.isBlank()) {
            return;
        }
        String needle = text.toLowerCase(Locale.ROOT);
        StoryView v = model.view();
        List<Claim> hits = v.groups().stream().filter(g -> model.shown().contains(g.status()))
                .flatMap(g -> g.claims().stream()).filter(c -> c.text().toLowerCase(Locale.ROOT).contains(needle)).toList();
        if (hits.isEmpty()) {
            status.say("No claim contains “" + text + "”");
            return;
        }
        int at = 0;
        String current = model.selectedClaimProperty().get();
        if (next && current != null) {
            for (int i = 0; i < hits.size(); i++) {
                if (hits.get(i).id().equals(current)) {
                    at = (i + 1) % hits.size();
                }
            }
        }
        model.select(hits.get(at).id());
        status.say((at + 1) + " of " + hits.size() + " claims contain “" + text + "” (Enter for the next)");
    }

    /**
     * Moves the keyboard focus to the next (or previous) pane: sources, article columns,
     * inspector, the tab below. Each pane is then worked with the arrow keys, Tab and Enter.
     */
    public void focusPane(int direction) {
        if (display.presenting() || !center.getChildren().contains(workspace)) {
            return;
        }
        SourcesPanel sources = workspace.sources();
        ColumnsView columns = workspace.columns();
        InspectorPane inspector = workspace.inspector();
        TabPane tabs = workspace.tabs();
        List<Node> panes = List.of(sources, columns, inspector, tabs);
        Node focused = workspace.getScene().getFocusOwner();
        int at = -1;
        for (Node n = focused; n != null && at < 0; n = n.getParent()) {
            at = panes.indexOf(n);
        }
        int next = Math.floorMod(at < 0 ? (direction > 0 ? -1 : 0) + direction : at + direction, panes.size());
        Node pane = panes.get(next);
        Node target;
        if (pane == sources) {
            target = sources.table();
        } else if (pane == columns) {
            target = columns.columns().isEmpty() ? columns : columns.columns().get(0).scrollPane();
        } else if (pane == inspector) {
            target = inspector.getCenter();
        } else {
            target = tabs;
        }
        target.requestFocus();
        status.say(List.of("Sources", "Article columns", "Inspector", "Tabs").get(next)
                + " (F6 for the next pane, Shift+F6 for the previous)");
    }
}
