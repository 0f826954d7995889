package org.parallax.ui.view;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.parallax.model.Article;
import org.parallax.model.ArticleFraming;
import org.parallax.model.EntityLabel;
import org.parallax.model.FramingItem;
import org.parallax.ui.WorkspaceModel;
import org.parallax.ui.model.StoryView;

/**
 * Framing: how each source names each entity, the loaded terms each one uses, and a chart of
 * framing devices per 1,000 words by category and source.
 */
public final class FramingTab extends StackPane {
    private final WorkspaceModel model;

    public FramingTab(WorkspaceModel model) {
        this.model = model;
        setId("framing");
        model.viewProperty().addListener((o, a, b) -> update());
        update();
    }

    private void update() {
        getChildren().clear();
        StoryView v = model.view();
        Map<String, ArticleFraming> framing = v.result().framing();
        boolean any = v.articles().stream().map(a -> framing.get(a.id()))
                .anyMatch(f -> f != null && (!f.items().isEmpty() || !f.labels().isEmpty()));
        if (!any) {
            Label l = new Label("No framing found yet: no loaded words, labels or hedges in the included sources.");
            l.getStyleClass().add("placeholder");
            getChildren().add(l);
            return;
        }
        SplitPane split = new SplitPane(labels(v, framing), terms(v, framing), chart(v, framing));
        split.setDividerPositions(0.38, 0.68);
        getChildren().add(split);
    }

    /** Entity × source: the label each source puts on the entity. */
    private TableView<Map<String, String>> labels(StoryView v, Map<String, ArticleFraming> framing) {
        Map<String, Map<String, String>> byEntity = new LinkedHashMap<>();
        for (Article a : v.articles()) {
            ArticleFraming f = framing.get(a.id());
            if (f == null) {
                continue;
            }
            for (EntityLabel l : f.labels()) {
                Map<String, String> row = byEntity.computeIfAbsent(l.entity(), k -> new LinkedHashMap<>());
                row.merge(a.id(), l.text(), (x, y) -> x.contains(y) ? x : x + "; " + y);
            }
        }
        TableView<Map<String, String>> table = new TableView<>();
        table.setPlaceholder(new Label("No labels for entities"));
        TableColumn<Map<String, String>, String> entity = new TableColumn<>("Entity");
        entity.setCellValueFactory(cd -> new SimpleStringProperty(cd.getValue().get("")));
        table.getColumns().add(entity);
        for (Article a : v.articles()) {
            TableColumn<Map<String, String>, String> col = new TableColumn<>(v.sourceLabel(a.id()));
            col.setCellValueFactory(cd -> new SimpleStringProperty(cd.getValue().getOrDefault(a.id(), "·")));
            table.getColumns().add(col);
        }
        List<Map<String, String>> rows = byEntity.entrySet().stream().map(e -> {
            Map<String, String> row = new LinkedHashMap<>(e.getValue());
            row.put("", v.entity(e.getKey()) == null ? e.getKey() : v.entity(e.getKey()).name());
            return row;
        }).toList();
        table.setItems(FXCollections.observableArrayList(rows));
        return table;
    }

    /** Per source: its loaded terms by category; words inside quotes are marked as the speaker's. */
    private VBox terms(StoryView v, Map<String, ArticleFraming> framing) {
        VBox box = new VBox(8);
        box.setPadding(new Insets(8));
        Label h = new Label("Terms by source");
        h.getStyleClass().add("section-heading");
        box.getChildren().add(h);
        for (Article a : v.articles()) {
            ArticleFraming f = framing.get(a.id());
            if (f == null || f.items().isEmpty()) {
                continue;
            }
            Map<String, Set<String>> byCategory = new TreeMap<>();
            for (FramingItem i : f.items()) {
                byCategory.computeIfAbsent(i.category(), k -> new LinkedHashSet<>()).add(i.quoted() ? "“" + i.text() + "”" : i.text());
            }
            Label src = new Label(v.sourceLabel(a.id()));
            src.getStyleClass().add("wording-source");
            box.getChildren().add(src);
            byCategory.forEach((cat, words) -> {
                Label l = new Label(cat + ": " + String.join(", ", words));
                l.setWrapText(true);
                box.getChildren().add(l);
            });
        }
        Label note = new Label("Words in “quotes” are the speaker's, not the outlet's.");
        note.getStyleClass().add("hint");
        note.setWrapText(true);
        box.getChildren().add(note);
        javafx.scene.control.ScrollPane sp = new javafx.scene.control.ScrollPane(box);
        sp.setFitToWidth(true);
        VBox wrap = new VBox(sp);
        VBox.setVgrow(sp, Priority.ALWAYS);
        return wrap;
    }

    private BarChart<String, Number> chart(StoryView v, Map<String, ArticleFraming> framing) {
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        y.setLabel("per 1,000 words");
        BarChart<String, Number> chart = new BarChart<>(x, y);
        chart.setTitle("Framing rates");
        chart.setAnimated(false);
        Set<String> categories = new TreeSet<>();
        v.articles().forEach(a -> {
            ArticleFraming f = framing.get(a.id());
            if (f != null) {
                categories.addAll(f.ratesPer1000().keySet());
            }
        });
        for (String cat : categories) {
            XYChart.Series<String, Number> s = new XYChart.Series<>();
            s.setName(cat);
            for (Article a : v.articles()) {
                ArticleFraming f = framing.get(a.id());
                s.getData().add(new XYChart.Data<>(v.sourceTag(a.id()), f == null ? 0 : f.ratesPer1000().getOrDefault(cat, 0.0)));
            }
            chart.getData().add(s);
        }
        return chart;
    }
}
