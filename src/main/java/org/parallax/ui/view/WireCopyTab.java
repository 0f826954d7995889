package org.parallax.ui.view;

import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.parallax.model.Article;
import org.parallax.model.Claim;
import org.parallax.model.LikelySource;
import org.parallax.model.Provenance;
import org.parallax.model.ProvenanceEdge;
import org.parallax.model.WireCategory;
import org.parallax.model.WireClaim;
import org.parallax.model.WireComparison;
import org.parallax.report.WireCopyReport;
import org.parallax.story.WireCopy;
import org.parallax.ui.WorkspaceModel;
import org.parallax.ui.model.StoryView;

/**
 * The wire-copy view: pick the original (Parallax proposes the source others took from) and a
 * rewrite; the shares of copied, reworded, changed, cut and added claims stand at the top, the two
 * texts side by side with each claim tinted by what the rewrite did with it, and every claim in a
 * table below (a click selects it in the columns). The provenance graph above says who took from whom.
 */
public final class WireCopyTab extends BorderPane {
    private final WorkspaceModel model;
    private final WireCopy wireCopy = new WireCopy();
    private final ComboBox<Article> original = new ComboBox<>();
    private final ComboBox<Article> rewrite = new ComboBox<>();
    private final HBox shares = new HBox(14);
    private final VBox originalText = new VBox(4);
    private final VBox rewriteText = new VBox(4);
    private final TableView<WireClaim> table = new TableView<>();
    private final VBox provenance = new VBox(4);
    private final ProvenanceGraphView graph = new ProvenanceGraphView();
    private WireComparison current;

    /** {@code onExport} writes the comparison shown, as "html" or "csv" (the window's exports do it). */
    public WireCopyTab(WorkspaceModel model, BiConsumer<WireComparison, String> onExport) {
        this.model = model;
        setId("wire-copy");
        for (ComboBox<Article> box : List.of(original, rewrite)) {
            box.setCellFactory(l -> new SourceCell());
            box.setButtonCell(new SourceCell());
            box.setOnAction(e -> compare());
        }
        original.setId("wire-original");
        rewrite.setId("wire-rewrite");
        Button swap = new Button("⇄ Swap");
        swap.setOnAction(e -> {
            Article o = original.getValue();
            original.setValue(rewrite.getValue());
            rewrite.setValue(o);
        });
        Button html = new Button("Export HTML…");
        html.setOnAction(e -> onExport.accept(current, "html"));
        Button csv = new Button("Export CSV…");
        csv.setOnAction(e -> onExport.accept(current, "csv"));
        Label originalLabel = new Label("Original");
        Label rewriteLabel = new Label("Rewrite");
        HBox pick = new HBox(8, originalLabel, original, rewriteLabel, rewrite, swap, html, csv);
        pick.setAlignment(Pos.CENTER_LEFT);
        // Where the row is short (long outlet names, a zoomed window), the two choices give up
        // width, cutting a name; the labels and buttons stay whole.
        for (javafx.scene.control.Control c : List.of(originalLabel, rewriteLabel, swap, html, csv)) {
            c.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        for (ComboBox<Article> box : List.of(original, rewrite)) {
            box.setMinWidth(80);
        }
        VBox choices = new VBox(8, pick, provenance, shares);
        HBox.setHgrow(choices, javafx.scene.layout.Priority.ALWAYS);
        HBox top = new HBox(12, choices, graph);
        top.setPadding(new Insets(8));
        setTop(top);

        ScrollPane left = new ScrollPane(originalText);
        ScrollPane right = new ScrollPane(rewriteText);
        for (ScrollPane s : List.of(left, right)) {
            s.setFitToWidth(true);
        }
        originalText.setPadding(new Insets(8));
        rewriteText.setPadding(new Insets(8));
        SplitPane texts = new SplitPane(left, right);
        TableColumn<WireClaim, String> what = column("", w -> WireCopyReport.symbol(w.category()) + " " + WireCopyReport.word(w.category()));
        what.setMaxWidth(120);
        what.setPrefWidth(100);
        table.getColumns().add(what);
        table.getColumns().add(column("Original", w -> w.category() == WireCategory.ADDED ? "" : text(w.claim())));
        table.getColumns().add(column("Rewrite", w -> w.category() == WireCategory.ADDED ? text(w.claim())
                : w.counterpart() == null ? "" : text(w.counterpart())));
        table.getColumns().add(column("Note", WireClaim::explanation));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, w) -> {
            if (w != null) {
                model.select(w.claim());
            }
        });
        SplitPane body = new SplitPane(texts, table);
        body.setOrientation(javafx.geometry.Orientation.VERTICAL);
        body.setDividerPositions(0.55);
        setCenter(body);
        model.viewProperty().addListener((o, a, b) -> refill());
        refill();
    }

    /** The comparison shown, or null when fewer than two sources are loaded. */
    public WireComparison current() {
        return current;
    }

    public void choose(String originalId, String rewriteId) {
        StoryView v = model.view();
        original.setValue(v.article(originalId));
        rewrite.setValue(v.article(rewriteId));
    }

    private void refill() {
        StoryView v = model.view();
        List<Article> articles = v.articles();
        original.getItems().setAll(articles);
        rewrite.getItems().setAll(articles);
        showProvenance(v);
        if (articles.size() < 2) {
            current = null;
            shares.getChildren().setAll(new Label("Load two sources or more to see what one took from another."));
            originalText.getChildren().clear();
            rewriteText.getChildren().clear();
            table.getItems().clear();
            return;
        }
        Provenance p = v.result().provenance();
        Article proposed = p.proposedOriginal() == null ? null : v.article(p.proposedOriginal());
        Article first = proposed != null && articles.contains(proposed) ? proposed : articles.get(0);
        Article second = p.likelySources().stream().filter(l -> l.source().equals(first.id()))
                .map(l -> v.article(l.article())).filter(articles::contains).findFirst()
                .orElse(articles.stream().filter(a -> a != first).findFirst().orElseThrow());
        original.setValue(first);
        rewrite.setValue(second);
        compare();
    }

    private void compare() {
        Article o = original.getValue();
        Article r = rewrite.getValue();
        if (o == null || r == null || o == r) {
            return;
        }
        StoryView v = model.view();
        current = wireCopy.compare(v.result(), o.id(), r.id());
        Map<WireCategory, Integer> counts = current.counts();
        shares.getChildren().clear();
        for (WireCategory c : WireCategory.values()) {
            Label l = new Label(WireCopyReport.symbol(c) + " " + WireCopyReport.word(c) + " "
                    + Math.round(current.share(c) * 100) + "% (" + counts.get(c) + ")");
            l.getStyleClass().addAll("wire-share", "w-" + WireCopyReport.word(c));
            shares.getChildren().add(l);
        }
        tint(originalText, o, current);
        tint(rewriteText, r, current);
        table.getItems().setAll(current.claims());
    }

    /**
     * The article's text as blocks in reading order: each claim of the comparison on a tint of its
     * category (a click selects it), the text between claims plain.
     */
    private void tint(VBox blocks, Article article, WireComparison wire) {
        Map<String, WireCategory> category = wire.categoryByClaim();
        String body = article.text();
        List<Claim> claims = model.view().claimsOf(article.id()).stream().filter(c -> category.containsKey(c.id()))
                .sorted(java.util.Comparator.comparingInt(Claim::start)).toList();
        blocks.getChildren().clear();
        Label title = new Label(model.view().sourceLabel(article.id()) + (article.published() == null ? "" : " · " + article.published()));
        title.getStyleClass().add("timeline-header");
        blocks.getChildren().add(title);
        int at = 0;
        for (Claim c : claims) {
            if (c.start() < at || c.end() > body.length()) {
                continue;
            }
            plain(blocks, body.substring(at, c.start()));
            WireCategory w = category.get(c.id());
            Label span = new Label(WireCopyReport.symbol(w) + " " + body.substring(c.start(), c.end()));
            span.setWrapText(true);
            span.setMaxWidth(Double.MAX_VALUE);
            span.getStyleClass().addAll("wire-span", "w-" + WireCopyReport.word(w));
            span.setOnMouseClicked(e -> model.select(c.id()));
            blocks.getChildren().add(span);
            at = c.end();
        }
        plain(blocks, body.substring(Math.min(at, body.length())));
    }

    private static void plain(VBox blocks, String text) {
        if (!text.isBlank()) {
            Label l = new Label(text.strip());
            l.setWrapText(true);
            l.getStyleClass().add("wire-plain");
            blocks.getChildren().add(l);
        }
    }

    /** How many links are spelled out; a story of many sources has dozens, and the graph draws them all. */
    static final int LINKS_IN_WORDS = 8;

    /**
     * The strongest links in words, strongest first ("S1 → S2 (40% text, 60% claims)"), and how
     * many weaker ones the graph shows besides.
     */
    static String linksInWords(List<ProvenanceEdge> edges, java.util.function.UnaryOperator<String> tag) {
        List<ProvenanceEdge> strongest = edges.stream()
                .sorted(java.util.Comparator.comparingDouble((ProvenanceEdge e) -> Math.max(e.textShare(), e.claimShare())).reversed())
                .toList();
        String links = strongest.stream().limit(LINKS_IN_WORDS).map(e -> tag.apply(e.from()) + (e.directed() ? " → " : " — ")
                + tag.apply(e.to()) + " (" + Math.round(e.textShare() * 100) + "% text, "
                + Math.round(e.claimShare() * 100) + "% claims)").collect(Collectors.joining(" · "));
        int more = strongest.size() - LINKS_IN_WORDS;
        return more <= 0 ? links : links + " · and " + more + (more == 1 ? " weaker link" : " weaker links") + ", drawn in the graph";
    }

    /** Who took from whom, in words: the strongest links with their shares and direction, and each likely source. */
    private void showProvenance(StoryView v) {
        Provenance p = v.result().provenance();
        graph.show(v);
        provenance.getChildren().clear();
        if (p.edges().isEmpty()) {
            provenance.getChildren().add(hint("Provenance: no two sources share text or most of their facts."));
            return;
        }
        provenance.getChildren().add(hint("Provenance: " + linksInWords(p.edges(), v::sourceTag)
                + ". An arrow runs from the earlier source to the later one; a dash where the dates do not tell."));
        for (LikelySource l : p.likelySources()) {
            provenance.getChildren().add(hint(v.sourceTag(l.article()) + " likely took from " + v.sourceTag(l.source())
                    + ": " + l.evidence().replace(l.source(), v.sourceTag(l.source())) + "."));
        }
        if (p.proposedOriginal() != null) {
            provenance.getChildren().add(hint("Proposed wire original: " + v.sourceLabel(p.proposedOriginal()) + "."));
        }
    }

    private String text(String claimId) {
        Claim c = model.view().claim(claimId);
        return c == null ? claimId : c.text();
    }

    private static TableColumn<WireClaim, String> column(String name, java.util.function.Function<WireClaim, String> value) {
        TableColumn<WireClaim, String> c = new TableColumn<>(name);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        return c;
    }

    private static Label hint(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add("hint");
        return l;
    }

    private final class SourceCell extends ListCell<Article> {
        @Override
        protected void updateItem(Article a, boolean empty) {
            super.updateItem(a, empty);
            setText(empty || a == null ? null : model.view().sourceLabel(a.id())
                    + (a.published() == null ? "" : " · " + a.published()));
        }
    }
}
