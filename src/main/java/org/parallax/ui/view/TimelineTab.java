package org.parallax.ui.view;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PopOver;
import org.parallax.model.Article;
import org.parallax.model.Claim;
import org.parallax.model.Relation;
import org.parallax.model.Timeline;
import org.parallax.model.TimelineChange;
import org.parallax.model.TimelineFact;
import org.parallax.model.TimelineReport;
import org.parallax.ui.WorkspaceModel;
import org.parallax.ui.model.StoryView;

/**
 * The story along time: one row per fact several sources tell (those a later report changed
 * first), one column per publication day, the sources that told it as their tags (the first report
 * marked ★), and under the row what a later report changed. A click on a tag or a change selects
 * that claim in the columns and inspector; a change also opens both reports in full (a ControlsFX
 * pop-over). Undated sources stand in a column of their own, with a hint to date them in the Sources pane.
 */
public final class TimelineTab extends ScrollPane {
    private static final int FACT_WIDTH = 320;

    private final WorkspaceModel model;
    private final CheckBox uniqueToo = new CheckBox("Also claims only one source makes");

    public TimelineTab(WorkspaceModel model) {
        this.model = model;
        setId("timeline");
        setFitToWidth(true);
        uniqueToo.setOnAction(e -> update());
        model.viewProperty().addListener((o, a, b) -> update());
        update();
    }

    private void update() {
        StoryView v = model.view();
        Timeline t = v.result().timeline();
        Set<String> included = v.articles().stream().map(Article::id).collect(Collectors.toSet());
        VBox box = new VBox(8);
        box.setPadding(new Insets(10));
        box.getChildren().add(wrapped(summary(v, t), "timeline-summary"));
        List<String> undated = t.undated().stream().filter(included::contains).toList();
        if (!undated.isEmpty()) {
            box.getChildren().add(wrapped("Undated, so placed apart: " + undated.stream().map(v::sourceLabel)
                    .collect(Collectors.joining(", ")) + ". Give each a date in the Sources pane (double-click its row).", "hint"));
        }
        List<String> misdated = t.misdated().stream().filter(included::contains).toList();
        if (!misdated.isEmpty()) {
            box.getChildren().add(wrapped("Dated against what they report, so no change over time is read from them: "
                    + misdated.stream().map(v::sourceLabel).collect(Collectors.joining(", ")) + ".", "hint"));
        }
        box.getChildren().add(uniqueToo);
        List<TimelineFact> facts = visibleFacts(t, included);
        if (facts.isEmpty()) {
            box.getChildren().add(wrapped("No fact was judged the same in two sources.", "placeholder"));
        } else {
            box.getChildren().add(grid(v, facts));
        }
        setContent(box);
    }

    private static String summary(StoryView v, Timeline t) {
        if (t.from() == null) {
            return "No source is dated yet: date the sources (Sources pane) to see who reported each fact first "
                    + "and which later reports changed it.";
        }
        long days = ChronoUnit.DAYS.between(t.from(), t.to());
        String firsts = t.firsts().entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue())
                .map(e -> v.sourceLabel(e.getKey()) + " first for " + StoryView.plural(e.getValue(), "fact", "facts"))
                .collect(Collectors.joining(", "));
        return "Coverage " + t.from() + " to " + t.to() + " (" + StoryView.plural(days, "day", "days") + ")"
                + (firsts.isEmpty() ? "" : " · " + firsts) + " · "
                + StoryView.plural(t.superseded().size(), "fact", "facts") + " told differently by a later report.";
    }

    /** The facts among included sources, with the unique claims as one-report facts when asked. */
    private List<TimelineFact> visibleFacts(Timeline t, Set<String> included) {
        List<TimelineFact> out = new ArrayList<>();
        Set<String> placed = new java.util.HashSet<>();
        for (TimelineFact f : t.facts()) {
            List<TimelineReport> reports = f.reports().stream().filter(r -> included.contains(r.article())).toList();
            reports.forEach(r -> placed.add(r.claim()));
            if (reports.stream().map(TimelineReport::article).distinct().count() >= 2) {
                out.add(new TimelineFact(f.id(), f.cluster(), f.topic(), reports, f.changes().stream()
                        .filter(c -> reports.stream().anyMatch(r -> r.claim().equals(c.later()))).toList()));
            }
        }
        // The facts a later report changed first: they are what this view is for.
        out.sort(java.util.Comparator.comparing((TimelineFact f) -> f.changes().isEmpty()));
        if (uniqueToo.isSelected()) {
            StoryView v = model.view();
            for (Article a : v.articles()) {
                for (Claim c : v.claimsOf(a.id())) {
                    if (!placed.contains(c.id())) {
                        out.add(new TimelineFact("u" + c.id(), null, c.text(),
                                List.of(new TimelineReport(c.id(), a.id(), a.published(), null, false)), List.of()));
                    }
                }
            }
        }
        return out;
    }

    /**
     * The claim that names each fact's row: of its reports, the one that stands in the fewest of
     * the facts shown, the earliest on a tie. The earliest report alone named a quarter of the facts
     * of the ECB+ development stories like another fact (a headline leads many); this way one in 25.
     */
    static List<String> namingClaims(List<TimelineFact> facts) {
        java.util.Map<String, Integer> standsIn = new java.util.HashMap<>();
        facts.forEach(f -> f.reports().stream().map(TimelineReport::claim).distinct().forEach(c -> standsIn.merge(c, 1, Integer::sum)));
        List<String> out = new ArrayList<>();
        for (TimelineFact f : facts) {
            String best = f.reports().get(0).claim();
            for (TimelineReport r : f.reports()) {
                if (standsIn.get(r.claim()) < standsIn.get(best)) {
                    best = r.claim();
                }
            }
            out.add(best);
        }
        return out;
    }

    private GridPane grid(StoryView v, List<TimelineFact> facts) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("timeline-grid");
        grid.setHgap(6);
        grid.setVgap(4);
        TreeSet<LocalDate> days = new TreeSet<>();
        facts.forEach(f -> f.reports().forEach(r -> {
            if (r.published() != null) {
                days.add(r.published());
            }
        }));
        List<LocalDate> columns = new ArrayList<>(days);
        boolean undatedColumn = facts.stream().anyMatch(f -> f.reports().stream().anyMatch(r -> r.published() == null));
        javafx.scene.layout.ColumnConstraints factColumn = new javafx.scene.layout.ColumnConstraints(FACT_WIDTH);
        grid.getColumnConstraints().add(factColumn);
        grid.add(header("Fact"), 0, 0);
        for (int i = 0; i < columns.size(); i++) {
            grid.add(header(columns.get(i).toString()), i + 1, 0);
        }
        if (undatedColumn) {
            grid.add(header("undated"), columns.size() + 1, 0);
        }
        int row = 1;
        List<String> named = namingClaims(facts);
        for (int k = 0; k < facts.size(); k++) {
            TimelineFact f = facts.get(k);
            Claim lead = v.claim(named.get(k));
            Label fact = new Label(lead == null ? f.topic() : lead.text());
            fact.setWrapText(true);
            fact.setMaxWidth(FACT_WIDTH);
            fact.setPrefWidth(FACT_WIDTH);
            fact.getStyleClass().add("timeline-fact");
            grid.add(fact, 0, row);
            for (int i = 0; i <= columns.size(); i++) {
                LocalDate day = i < columns.size() ? columns.get(i) : null;
                if (day == null && !undatedColumn) {
                    continue;
                }
                FlowPane cell = new FlowPane(3, 3);
                for (TimelineReport r : f.reports()) {
                    if (java.util.Objects.equals(r.published(), day)) {
                        cell.getChildren().add(report(v, r));
                    }
                }
                grid.add(cell, i + 1, row);
            }
            row++;
            for (TimelineChange c : f.changes()) {
                grid.add(change(v, c), 0, row, columns.size() + 2, 1);
                row++;
            }
        }
        return grid;
    }

    private Label report(StoryView v, TimelineReport r) {
        Label tag = SourceSwatch.of(v, r.article());
        Claim c = v.claim(r.claim());
        String text = c == null ? r.claim() : c.text();
        if (r.first()) {
            tag.getStyleClass().add("timeline-first");
            tag.setText("★ " + tag.getText());
        }
        tag.setTooltip(new Tooltip((r.first() ? "First report · " : "") + v.sourceLabel(r.article())
                + (r.eventDate() == null ? "" : " · names " + r.eventDate()) + "\n" + text));
        tag.setOnMouseClicked(e -> model.select(r.claim()));
        tag.getStyleClass().add("clickable");
        return tag;
    }

    private Label change(StoryView v, TimelineChange c) {
        String earlier = articleOf(v, c.earlier());
        String later = articleOf(v, c.later());
        String symbol = c.relation() == Relation.CONTRADICT ? "✗" : "≈";
        Label l = new Label("   " + symbol + " " + v.sourceTag(later) + ", published "
                + StoryView.plural(c.daysLater(), "day", "days") + " after " + v.sourceTag(earlier) + ": "
                + c.explanation() + " (A: " + v.sourceTag(c.earlierIsA() ? earlier : later)
                + ", B: " + v.sourceTag(c.earlierIsA() ? later : earlier) + ")");
        l.setWrapText(true);
        l.getStyleClass().addAll("timeline-change", c.relation() == Relation.CONTRADICT ? "change-contradict" : "change-diverge");
        l.setOnMouseClicked(e -> {
            model.select(c.later());
            changePopOver(v, c, earlier, later).show(l);
        });
        l.getStyleClass().add("clickable");
        return l;
    }

    /** The two reports in full beside the change: the line names them, the pop-over lets the user read them. */
    private static PopOver changePopOver(StoryView v, TimelineChange c, String earlier, String later) {
        VBox content = new VBox(6);
        content.setPadding(new Insets(10));
        content.setMaxWidth(520);
        content.getChildren().addAll(
                wrapped("Earlier · " + v.sourceLabel(earlier) + " · " + v.article(earlier).published(), "timeline-header"),
                wrapped(v.claim(c.earlier()).text(), "timeline-fact"),
                wrapped("Later · " + v.sourceLabel(later) + " · " + v.article(later).published(), "timeline-header"),
                wrapped(v.claim(c.later()).text(), "timeline-fact"),
                wrapped(c.explanation(), c.relation() == Relation.CONTRADICT ? "change-contradict" : "change-diverge"));
        PopOver pop = new PopOver(content);
        pop.setTitle(c.relation() == Relation.CONTRADICT ? "✗ A later report contradicts the earlier one"
                : "≈ A later report tells it differently");
        pop.setHeaderAlwaysVisible(true);
        pop.setArrowLocation(PopOver.ArrowLocation.TOP_LEFT);
        pop.getStyleClass().add("timeline-popover");
        return pop;
    }

    private static String articleOf(StoryView v, String claimId) {
        Claim c = v.claim(claimId);
        return c == null ? "" : c.article();
    }

    private static Label header(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("timeline-header");
        return l;
    }

    private static Label wrapped(String text, String style) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add(style);
        return l;
    }
}
