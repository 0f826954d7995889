package org.parallax.ui.view;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Cursor;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.PathElement;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.parallax.model.Article;
import org.parallax.model.Claim;
import org.parallax.model.FramingItem;
import org.parallax.model.Paragraph;
import org.parallax.model.Removal;
import org.parallax.ui.model.Status;
import org.parallax.ui.model.StoryView;

/**
 * An article's original text, read-only, with each claim marked by its status (a tinted box and a
 * leading symbol), framing items underlined (those that set the source apart, or all on request), and removed text (comments, teasers) greyed; long
 * removed passages are collapsed to one line that expands on click. A TextFlow of Text nodes with
 * the marks drawn underneath from {@link TextFlow#rangeShape}: small, no extra library, and every
 * claim is a node the user can click and a test can find.
 */
public final class ArticleText extends Region {
    /** Removed passages at least this long are collapsed; shorter ones (markup) are only greyed. */
    private static final int COLLAPSE_AT = 80;

    private record Range(String claimId, int from, int to, Status status) {
    }

    private final TextFlow flow = new TextFlow();
    private final Pane marks = new Pane();
    private final List<Range> claimRanges = new ArrayList<>();
    private final List<int[]> framingRanges = new ArrayList<>();
    private final Map<String, List<Rectangle>> rectsByClaim = new HashMap<>();
    private final Map<String, List<Text>> textsByClaim = new HashMap<>();
    private final Set<Integer> expandedRemovals = new HashSet<>();
    private Set<String> selected = Set.of();
    private String focused;
    private double marksForWidth = -1;
    private double marksForHeight = -1;
    private Consumer<String> onClaimClicked = id -> { };
    private Runnable onMarksChanged = () -> { };
    private StoryView view;
    private Article article;
    private Set<Status> shown = Set.of();
    private boolean allFraming;

    public ArticleText() {
        getStyleClass().add("article-text");
        marks.setMouseTransparent(true);
        marks.setManaged(false);
        flow.setManaged(false);
        flow.getStyleClass().add("article-flow");
        getChildren().addAll(marks, flow);
    }

    public void setOnClaimClicked(Consumer<String> handler) {
        onClaimClicked = handler;
    }

    /** Called after the marks were laid out again (the overview ruler follows them). */
    public void setOnMarksChanged(Runnable r) {
        onMarksChanged = r;
    }

    /** @param allFraming underline every framing item, not only those that set this source apart */
    public void setContent(StoryView v, Article a, Set<Status> shownStatuses, boolean allFraming) {
        this.view = v;
        this.article = a;
        this.shown = Set.copyOf(shownStatuses);
        this.allFraming = allFraming;
        rebuild();
    }

    private void rebuild() {
        flow.getChildren().clear();
        claimRanges.clear();
        framingRanges.clear();
        textsByClaim.clear();
        String text = article.text();
        List<Claim> claims = view.claimsOf(article.id()).stream()
                .filter(c -> shown.contains(view.statusOf(c.id()))).toList();
        List<FramingItem> items = allFraming ? view.framing(article.id()) : view.distinctiveFraming(article.id());
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        claims.forEach(c -> { cuts.add(clamp(c.start())); cuts.add(clamp(c.end())); });
        items.forEach(f -> { cuts.add(clamp(f.start())); cuts.add(clamp(f.end())); });
        article.removed().forEach(r -> { cuts.add(clamp(r.start())); cuts.add(clamp(r.end())); });
        article.paragraphs().forEach(p -> { cuts.add(clamp(p.start())); cuts.add(clamp(p.end())); });

        int flowPos = 0;
        Integer[] points = cuts.toArray(Integer[]::new);
        Claim openClaim = null;
        int claimFrom = 0;
        for (int i = 0; i + 1 < points.length; i++) {
            int s = points[i];
            int e = points[i + 1];
            Removal removal = removalAt(s);
            if (removal != null && "markup".equals(removal.reason())) {
                continue; // Markdown's ** and # are how the file was typed, not what it says: show it as read
            }
            if (removal != null && removal.end() - removal.start() >= COLLAPSE_AT && !expandedRemovals.contains(removal.start())) {
                if (s == clamp(removal.start())) {
                    Text placeholder = new Text("⋯ " + describe(removal) + " removed (click to show) ⋯\n");
                    placeholder.getStyleClass().addAll("removed-placeholder");
                    placeholder.setCursor(Cursor.HAND);
                    placeholder.setOnMouseClicked(ev -> { expandedRemovals.add(removal.start()); rebuild(); });
                    flow.getChildren().add(placeholder);
                    flowPos += placeholder.getText().length();
                }
                continue;
            }
            Claim claim = claimAt(claims, s);
            if (claim != null && claim != openClaim) {
                if (openClaim != null) {
                    claimRanges.add(new Range(openClaim.id(), claimFrom, flowPos, view.statusOf(openClaim.id())));
                }
                openClaim = claim;
                claimFrom = flowPos;
                Status st = view.statusOf(claim.id());
                Text symbol = new Text(st.symbol() + "\u2009");
                symbol.getStyleClass().addAll("status-symbol", st.styleClass());
                attach(symbol, claim.id());
                flow.getChildren().add(symbol);
                flowPos += symbol.getText().length();
            } else if (claim == null && openClaim != null) {
                claimRanges.add(new Range(openClaim.id(), claimFrom, flowPos, view.statusOf(openClaim.id())));
                openClaim = null;
            }
            Text t = new Text(text.substring(s, e));
            t.getStyleClass().add("body-text");
            if (removal != null) {
                t.getStyleClass().add("removed-text");
                if (removal.end() - removal.start() >= COLLAPSE_AT) {
                    t.setCursor(Cursor.HAND);
                    t.setOnMouseClicked(ev -> { expandedRemovals.remove(removal.start()); rebuild(); });
                }
            } else {
                Paragraph p = paragraphAt(s);
                if (p != null && p.kind() != org.parallax.model.ParagraphKind.BODY) {
                    t.getStyleClass().add("para-" + p.kind().name().toLowerCase(java.util.Locale.ROOT));
                }
            }
            if (claim != null) {
                attach(t, claim.id());
            }
            if (items.stream().anyMatch(f -> f.start() <= s && e <= f.end())) {
                t.getStyleClass().add("framing-text");
                framingRanges.add(new int[] {flowPos, flowPos + t.getText().length()});
            }
            flow.getChildren().add(t);
            flowPos += t.getText().length();
        }
        if (openClaim != null) {
            claimRanges.add(new Range(openClaim.id(), claimFrom, flowPos, view.statusOf(openClaim.id())));
        }
        marksForWidth = -1;
        requestLayout();
    }

    private void attach(Text t, String claimId) {
        t.getStyleClass().add("claim-text");
        t.setCursor(Cursor.HAND);
        t.setUserData(claimId);
        t.setOnMouseClicked(ev -> onClaimClicked.accept(claimId));
        textsByClaim.computeIfAbsent(claimId, k -> new ArrayList<>()).add(t);
    }

    private static String describe(Removal r) {
        String reason = r.reason() == null ? "text" : r.reason();
        return switch (reason) {
            case "comments" -> "reader comments";
            case "teaser" -> "related-story teasers";
            case "promo" -> "promotional lines";
            case "duplicate" -> "a repeated paragraph";
            case "correction" -> "a correction notice";
            case "form" -> "web form fields";
            default -> reason;
        } + String.format(" (%,d characters)", r.end() - r.start());
    }

    private int clamp(int offset) {
        return Math.max(0, Math.min(offset, article.text().length()));
    }

    private Removal removalAt(int offset) {
        for (Removal r : article.removed()) {
            if (r.start() <= offset && offset < r.end()) {
                return r;
            }
        }
        return null;
    }

    private Paragraph paragraphAt(int offset) {
        for (Paragraph p : article.paragraphs()) {
            if (p.start() <= offset && offset < p.end()) {
                return p;
            }
        }
        return null;
    }

    private static Claim claimAt(List<Claim> claims, int offset) {
        for (Claim c : claims) {
            if (c.start() <= offset && offset < c.end()) {
                return c;
            }
        }
        return null;
    }

    /** Marks these claims as the selection; {@code focus} is the one the user picked. */
    public void setSelection(Set<String> claimIds, String focus) {
        this.selected = Set.copyOf(claimIds);
        this.focused = focus;
        rectsByClaim.forEach((id, rects) -> rects.forEach(r -> styleMark(r, id)));
        textsByClaim.forEach((id, texts) -> texts.forEach(t -> {
            t.getStyleClass().remove("selected");
            if (selected.contains(id)) {
                t.getStyleClass().add("selected");
            }
        }));
    }

    private void styleMark(Rectangle r, String claimId) {
        r.getStyleClass().removeAll("selected", "focused");
        if (selected.contains(claimId)) {
            r.getStyleClass().add("selected");
        }
        if (claimId.equals(focused)) {
            r.getStyleClass().add("focused");
        }
    }

    /** The claim's text nodes (for tests and for scrolling). */
    public List<Text> textsOf(String claimId) {
        return textsByClaim.getOrDefault(claimId, List.of());
    }

    /** The tinted boxes of a claim (one per line it spans), for connectors. */
    public List<Rectangle> marksOf(String claimId) {
        return rectsByClaim.getOrDefault(claimId, List.of());
    }

    /** Whether the claim is drawn as part of the selection. */
    public boolean isMarkedSelected(String claimId) {
        List<Rectangle> rects = rectsByClaim.get(claimId);
        return rects != null && !rects.isEmpty() && rects.get(0).getStyleClass().contains("selected");
    }

    public boolean shows(String claimId) {
        return textsByClaim.containsKey(claimId);
    }

    /** Top of the claim in this region's coordinates, or -1 when it is not shown. */
    public double yOf(String claimId) {
        List<Rectangle> rects = rectsByClaim.get(claimId);
        if (rects == null || rects.isEmpty()) {
            return -1;
        }
        return rects.stream().mapToDouble(Rectangle::getY).min().orElse(-1);
    }

    /** Vertical extent of each shown claim, for the overview ruler. */
    public Map<String, Double> claimPositions() {
        Map<String, Double> out = new HashMap<>();
        rectsByClaim.keySet().forEach(id -> out.put(id, yOf(id)));
        return out;
    }

    public Status statusOf(String claimId) {
        return claimRanges.stream().filter(r -> r.claimId().equals(claimId)).map(Range::status).findFirst().orElse(null);
    }

    @Override
    public javafx.geometry.Orientation getContentBias() {
        return javafx.geometry.Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefHeight(double width) {
        double w = width >= 0 ? width : getWidth() > 0 ? getWidth() : computePrefWidth(-1);
        return flow.prefHeight(w - snappedLeftInset() - snappedRightInset()) + snappedTopInset() + snappedBottomInset();
    }

    @Override
    protected double computePrefWidth(double height) {
        return 360;
    }

    @Override
    protected void layoutChildren() {
        double x = snappedLeftInset();
        double y = snappedTopInset();
        double w = Math.max(10, getWidth() - x - snappedRightInset());
        double h = flow.prefHeight(w);
        flow.resizeRelocate(x, y, w, h);
        marks.relocate(x, y);
        if (w != marksForWidth || h != marksForHeight) {
            marksForWidth = w;
            marksForHeight = h;
            flow.layout();
            drawMarks();
        }
    }

    private void drawMarks() {
        marks.getChildren().clear();
        rectsByClaim.clear();
        for (Range r : claimRanges) {
            List<Rectangle> rects = new ArrayList<>();
            for (Bounds b : boxes(flow.rangeShape(r.from(), r.to()))) {
                Rectangle rect = new Rectangle(b.getMinX() - 1, b.getMinY(), b.getWidth() + 2, b.getHeight());
                rect.getStyleClass().addAll("claim-mark", r.status().styleClass());
                rect.setUserData(r.claimId());
                rects.add(rect);
            }
            rectsByClaim.put(r.claimId(), rects);
            rects.forEach(rect -> styleMark(rect, r.claimId()));
            marks.getChildren().addAll(rects);
        }
        for (int[] f : framingRanges) {
            for (Bounds b : boxes(flow.rangeShape(f[0], f[1]))) {
                Rectangle line = new Rectangle(b.getMinX(), b.getMaxY() - 2, b.getWidth(), 2);
                line.getStyleClass().add("framing-mark");
                marks.getChildren().add(line);
            }
        }
        onMarksChanged.run();
    }

    /** The rectangles a range shape is made of (each starts with a MoveTo). */
    static List<Bounds> boxes(PathElement[] elements) {
        List<Bounds> out = new ArrayList<>();
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        boolean open = false;
        for (PathElement el : elements) {
            double px;
            double py;
            if (el instanceof MoveTo m) {
                if (open && maxX > minX) {
                    out.add(new BoundingBox(minX, minY, maxX - minX, maxY - minY));
                }
                minX = minY = Double.MAX_VALUE;
                maxX = maxY = -Double.MAX_VALUE;
                open = true;
                px = m.getX();
                py = m.getY();
            } else if (el instanceof LineTo l) {
                px = l.getX();
                py = l.getY();
            } else {
                continue;
            }
            minX = Math.min(minX, px);
            minY = Math.min(minY, py);
            maxX = Math.max(maxX, px);
            maxY = Math.max(maxY, py);
        }
        if (open && maxX > minX) {
            out.add(new BoundingBox(minX, minY, maxX - minX, maxY - minY));
        }
        return out;
    }
}
