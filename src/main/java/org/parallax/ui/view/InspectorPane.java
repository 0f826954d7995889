package org.parallax.ui.view;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.parallax.model.Claim;
import org.parallax.model.ClaimPair;
import org.parallax.model.Entity;
import org.parallax.ui.WorkspaceModel;
import org.parallax.ui.model.Group;
import org.parallax.ui.model.Status;
import org.parallax.ui.model.StoryView;

/**
 * The evidence for the selected fact: each source's wording with the words the others lack
 * marked, each pair's relation with its explanation, the entities, and the user's corrections.
 */
public final class InspectorPane extends javafx.scene.layout.BorderPane {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.,-]*[\\p{L}\\p{N}]|[\\p{L}\\p{N}]");

    private final WorkspaceModel model;
    private final VBox box = new VBox(10);
    private final ScrollPane scroll = new ScrollPane(box);
    private final Button notSame = new Button("Not the same claim");
    private final Button confirm = new Button("Confirm");
    private final Button note = new Button("Note…");
    private final Runnable onNotSame;
    private final Runnable onConfirm;
    private final Runnable onNote;

    public InspectorPane(WorkspaceModel model, Runnable onNotSame, Runnable onConfirm, Runnable onNote) {
        this.model = model;
        this.onNotSame = onNotSame;
        this.onConfirm = onConfirm;
        this.onNote = onNote;
        getStyleClass().add("inspector");
        setId("inspector");
        box.getStyleClass().add("inspector-box");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        Label heading = new Label("INSPECTOR");
        heading.getStyleClass().add("pane-heading");
        notSame.setId("not-same");
        notSame.setTooltip(new Tooltip("Take the selected claim out of this match (Ctrl+Shift+X)"));
        notSame.setOnAction(e -> onNotSame.run());
        confirm.setId("confirm");
        confirm.setTooltip(new Tooltip("Mark this match as checked (Ctrl+Shift+K)"));
        confirm.setOnAction(e -> onConfirm.run());
        note.setId("note");
        note.setTooltip(new Tooltip("Add a note to this fact (Ctrl+Shift+M)"));
        note.setOnAction(e -> onNote.run());
        for (Button b : List.of(notSame, confirm, note)) {
            b.getStyleClass().add(atlantafx.base.theme.Styles.SMALL);
        }
        FlowPane actions = new FlowPane(6, 6, notSame, confirm, note);
        actions.getStyleClass().add("inspector-actions");
        setTop(new VBox(heading, actions));
        setCenter(scroll);
        model.selectedClaimProperty().addListener((o, a, b) -> update());
        model.viewProperty().addListener((o, a, b) -> update());
        update();
    }

    private void update() {
        box.getChildren().clear();
        Group g = model.selectedGroupProperty().get();
        StoryView v = model.view();
        boolean none = g == null || v.claim(g.first().id()) == null;
        notSame.setDisable(none || !g.shared());
        confirm.setDisable(none || !g.shared() || g.confirmed());
        note.setDisable(none);
        if (none) {
            Label help = new Label("Select a claim in any column to see how each source tells it.\n\n"
                    + "Alt+Down / Alt+Up step through the differences.");
            help.setWrapText(true);
            help.getStyleClass().add("placeholder");
            box.getChildren().add(help);
            return;
        }
        Label status = new Label(g.status().symbol() + " " + describe(g, v));
        status.getStyleClass().addAll("status-badge", g.status().styleClass());
        status.setId("inspector-status");
        status.setWrapText(true);
        // The status comes from one pair of counterparts; a topic can hold several facts, so the
        // heading names the fact that pair tells, with its topic after it.
        ClaimPair decisive = g.decisivePair();
        Label topic = new Label(decisive == null || v.claim(decisive.a()) == null ? g.topic()
                : "Fact: " + shortened(v.claim(decisive.a()).text()) + "\nTopic: " + g.topic());
        topic.setId("inspector-topic");
        topic.setWrapText(true);
        topic.getStyleClass().add("inspector-topic");
        box.getChildren().add(status);
        if (g.shared()) {
            box.getChildren().add(topic); // a unique claim's topic is its own wording, shown just below
        }
        if (g.confirmed()) {
            Label c = new Label("✔ You confirmed this match");
            c.getStyleClass().add("confirmed");
            box.getChildren().add(c);
        }

        box.getChildren().add(section(g.shared() ? "How each source tells it" : "Only this source reports it"));
        for (Claim c : g.claims()) {
            box.getChildren().add(wording(v, g, c));
        }

        if (!g.pairs().isEmpty()) {
            box.getChildren().add(section("Relations"));
            for (ClaimPair p : g.pairs()) {
                box.getChildren().add(relation(v, p));
            }
        }

        Set<String> entityIds = new LinkedHashSet<>();
        g.claims().forEach(c -> entityIds.addAll(c.entities()));
        if (!entityIds.isEmpty()) {
            box.getChildren().add(section("Entities"));
            FlowPane chips = new FlowPane(4, 4);
            for (String id : entityIds) {
                Entity e = v.entity(id);
                if (e != null) {
                    Label chip = new Label(e.name());
                    chip.getStyleClass().add("entity-chip");
                    Set<String> variants = new LinkedHashSet<>();
                    e.mentions().forEach(m -> variants.add(m.text()));
                    chip.setTooltip(new Tooltip(e.type() + " · written " + String.join(", ", variants)));
                    chips.getChildren().add(chip);
                }
            }
            box.getChildren().add(chips);
        }

        if (!g.notes().isEmpty()) {
            box.getChildren().add(section("Your notes"));
            for (String n : g.notes()) {
                Label note = new Label("✎ " + n);
                note.setWrapText(true);
                note.getStyleClass().add("note");
                box.getChildren().add(note);
            }
        }

        scroll.setVvalue(0);
    }

    private static String describe(Group g, StoryView v) {
        if (!g.shared()) {
            return "Unique: only " + v.sourceLabel(g.first().article()) + " reports this";
        }
        long sources = g.claims().stream().map(Claim::article).distinct().count();
        return switch (g.status()) {
            case CONTRADICT -> "Contradiction between " + sources + " sources";
            case DIVERGE -> "Told differently by " + sources + " sources";
            case RELATED -> "Same topic in " + sources + " sources; none confirms or disputes it";
            default -> sources + " sources agree";
        };
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-heading");
        return l;
    }

    private VBox wording(StoryView v, Group g, Claim c) {
        Status s = g.statusOf(c.id());
        Label who = SourceSwatch.of(v, c.article());
        Label outlet = new Label(v.sourceLabel(c.article()).replaceFirst("^S\\d+ ", ""));
        outlet.getStyleClass().add("wording-source");
        Label symbol = new Label(s.symbol());
        symbol.getStyleClass().addAll("status-symbol-label", s.styleClass());
        HBox head = new HBox(6, who, outlet, symbol);
        head.setAlignment(Pos.CENTER_LEFT);

        Set<String> others = new HashSet<>();
        g.claims().stream().filter(o -> !o.article().equals(c.article())).forEach(o -> others.addAll(words(o.text())));
        TextFlow text = new TextFlow();
        text.getStyleClass().add("wording-text");
        Set<String> mine = words(c.text());
        long sharedWords = mine.stream().filter(others::contains).count();
        // Marking only helps when the wordings are close; two sentences worded apart would be all marks.
        boolean mark = g.shared() && !mine.isEmpty() && sharedWords >= 0.4 * mine.size();
        Matcher m = WORD.matcher(c.text());
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                text.getChildren().add(plain(c.text().substring(at, m.start())));
            }
            Text w = plain(m.group());
            String word = norm(m.group());
            boolean telling = word.length() > 3 || word.chars().anyMatch(Character::isDigit);
            if (mark && telling && !others.contains(word)) {
                w.getStyleClass().add("differs");
            }
            text.getChildren().add(w);
            at = m.end();
        }
        if (at < c.text().length()) {
            text.getChildren().add(plain(c.text().substring(at)));
        }
        VBox card = new VBox(3, head, text);
        card.getStyleClass().addAll("wording-card", s.styleClass());
        if (c.id().equals(model.selectedClaimProperty().get())) {
            card.getStyleClass().add("focused");
        }
        StringBuilder meta = new StringBuilder();
        if (c.attribution() != null) {
            meta.append("attributed to “").append(c.attribution()).append("”");
        }
        if (c.hedged() || !c.hedges().isEmpty()) {
            meta.append(meta.length() > 0 ? " · " : "").append("hedged").append(c.hedges().isEmpty() ? "" : ": " + String.join(", ", c.hedges()));
        }
        if (c.quote()) {
            meta.append(meta.length() > 0 ? " · " : "").append("quotation");
        }
        if (meta.length() > 0) {
            Label l = new Label(meta.toString());
            l.setWrapText(true);
            l.getStyleClass().add("wording-meta");
            card.getChildren().add(l);
        }
        card.setOnMouseClicked(e -> model.select(c.id()));
        return card;
    }

    private static Text plain(String s) {
        Text t = new Text(s);
        t.getStyleClass().add("wording-word");
        return t;
    }

    private static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(norm(m.group()));
        }
        return out;
    }

    private static String norm(String w) {
        return w.toLowerCase(Locale.ROOT).replaceAll("[.,]+$", "");
    }

    private VBox relation(StoryView v, ClaimPair p) {
        Claim a = v.claim(p.a());
        Claim b = v.claim(p.b());
        Status s = Status.of(p.relation());
        String name = p.relation().name().charAt(0) + p.relation().name().substring(1).toLowerCase(Locale.ROOT);
        Label head = new Label(s.symbol() + " " + (a == null ? "?" : v.sourceTag(a.article())) + " ↔ "
                + (b == null ? "?" : v.sourceTag(b.article())) + "  " + name
                + (p.kind() == null ? "" : " · " + p.kind().name().toLowerCase(Locale.ROOT)));
        head.getStyleClass().addAll("relation-head", s.styleClass());
        VBox box = new VBox(2, head);
        box.getStyleClass().add("relation");
        if (p.explanation() != null && !p.explanation().isBlank()) {
            Label why = new Label(p.explanation());
            why.setWrapText(true);
            why.getStyleClass().add("explanation");
            box.getChildren().add(why);
        }
        return box;
    }

    /** For tests: the explanations shown. */
    public List<String> explanations() {
        return box.lookupAll(".explanation").stream().map(n -> ((Label) n).getText()).toList();
    }

    /** At most 140 characters, cut at a word. */
    private static String shortened(String text) {
        if (text.length() <= 140) {
            return text;
        }
        int cut = text.lastIndexOf(' ', 140);
        return text.substring(0, cut > 80 ? cut : 140) + "…";
    }
}
