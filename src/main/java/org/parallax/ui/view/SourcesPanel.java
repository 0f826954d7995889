package org.parallax.ui.view;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.parallax.model.AnalysisResult;
import org.parallax.model.Article;
import org.parallax.model.Reuse;
import org.parallax.ui.WorkspaceModel;
import org.parallax.ui.model.StoryView;
import org.parallax.ui.project.ProjectSource;

/**
 * The sources: include or exclude each, edit outlet and date in place (then the story is
 * analysed again), see claim counts, story warnings and how much text a source shares with another.
 */
public final class SourcesPanel extends VBox {
    /** One row: a project source and, once analysed, the article read from it. */
    public record Row(int index, ProjectSource source, Article article) {
        String tag(StoryView v) {
            return article == null ? "S?" : v.sourceTag(article.id());
        }
    }

    private final WorkspaceModel model;
    private final TableView<Row> table = new TableView<>();
    private final Consumer<String> onMessage;

    public SourcesPanel(WorkspaceModel model, Consumer<String> onMessage) {
        this.model = model;
        this.onMessage = onMessage;
        getStyleClass().add("sources-panel");
        Label heading = new Label("SOURCES");
        heading.getStyleClass().add("pane-heading");
        table.setId("sources");
        table.setEditable(true);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No sources yet"));

        TableColumn<Row, Boolean> include = new TableColumn<>("✓");
        include.setCellValueFactory(cd -> {
            SimpleBooleanProperty p = new SimpleBooleanProperty(cd.getValue().source().included());
            int idx = cd.getValue().index();
            p.addListener((o, a, b) -> model.setIncluded(idx, b));
            return p;
        });
        include.setCellFactory(CheckBoxTableCell.forTableColumn(include));
        include.setEditable(true);
        include.setPrefWidth(32);
        include.setMaxWidth(36);
        include.setSortable(false);

        TableColumn<Row, Row> tag = new TableColumn<>("");
        tag.setCellValueFactory(cd -> new SimpleObjectProperty<>(cd.getValue()));
        tag.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Row r, boolean empty) {
                super.updateItem(r, empty);
                setText(null);
                setGraphic(empty || r == null || r.article() == null ? null : SourceSwatch.of(model.view(), r.article().id()));
            }
        });
        tag.setPrefWidth(40);
        tag.setMaxWidth(44);
        tag.setSortable(false);

        TableColumn<Row, String> outlet = new TableColumn<>("Outlet");
        outlet.setCellValueFactory(cd -> new SimpleStringProperty(outletOf(cd.getValue())));
        outlet.setCellFactory(c -> new TextFieldTableCell<>(new javafx.util.converter.DefaultStringConverter()) {
            @Override
            public void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("unknown");
                Row r = empty ? null : getTableRow().getItem();
                if (!isEditing() && r != null && (item == null || item.isBlank())) {
                    // No outlet known: show the file name, muted, until the user types one.
                    setText(Path.of(r.source().path()).getFileName().toString());
                    getStyleClass().add("unknown");
                }
            }
        });
        outlet.setOnEditCommit(e -> {
            Row r = e.getRowValue();
            model.setMetadata(r.index(), e.getNewValue(), dateOf(r));
        });
        outlet.setPrefWidth(120);

        TableColumn<Row, String> date = new TableColumn<>("Date");
        date.setCellValueFactory(cd -> new SimpleStringProperty(dateOf(cd.getValue()) == null ? "" : dateOf(cd.getValue()).toString()));
        date.setCellFactory(TextFieldTableCell.forTableColumn());
        date.setOnEditCommit(e -> {
            Row r = e.getRowValue();
            try {
                LocalDate d = e.getNewValue() == null || e.getNewValue().isBlank() ? null : LocalDate.parse(e.getNewValue().strip());
                model.setMetadata(r.index(), r.source().outlet() != null ? r.source().outlet() : outletOf(r), d);
            } catch (DateTimeParseException ex) {
                onMessage.accept("“" + e.getNewValue() + "” is not a date; type it as YYYY-MM-DD, e.g. 2023-04-20");
                table.refresh();
            }
        });
        // A date is read whole: its width in ems of the header's font ("2031-05-02" and the cell's
        // padding), so zooming widens it too; the outlet gives up the width first.
        Label dateHeader = new Label("Date");
        date.setGraphic(dateHeader);
        date.setText(null);
        date.minWidthProperty().bind(Ems.of(dateHeader, 7.4));
        date.prefWidthProperty().bind(date.minWidthProperty());

        TableColumn<Row, String> info = new TableColumn<>("#");
        info.setCellValueFactory(cd -> new SimpleStringProperty(infoOf(cd.getValue())));
        info.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty ? null : s);
                Row r = empty ? null : getTableRow().getItem();
                setTooltip(r == null ? null : new Tooltip(detailOf(r)));
            }
        });
        // Whole too: a count of up to three digits and the warning sign ("120 ⚠").
        info.minWidthProperty().bind(Ems.of(dateHeader, 4.4));
        info.prefWidthProperty().bind(info.minWidthProperty());
        info.setEditable(false);

        table.getColumns().addAll(List.of(include, tag, outlet, date, info));
        // Keyboard: Space includes or excludes the selected source, F2 corrects its outlet, Shift+F2 its date.
        table.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            Row r = table.getSelectionModel().getSelectedItem();
            if (r == null || table.getEditingCell() != null) {
                return;
            }
            if (e.getCode() == javafx.scene.input.KeyCode.SPACE) {
                model.setIncluded(r.index(), !r.source().included());
                e.consume();
            } else if (e.getCode() == javafx.scene.input.KeyCode.F2) {
                table.edit(table.getSelectionModel().getSelectedIndex(), e.isShiftDown() ? date : outlet);
                e.consume();
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        Label hint = new Label("Double-click or F2 corrects; Space excludes.");
        hint.setTooltip(new Tooltip("Double-click an outlet or date, or press F2 (Shift+F2 for the date), to correct it; Space includes or excludes the selected source."));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        Label key = new Label("KEY");
        key.getStyleClass().add("pane-heading");
        javafx.scene.layout.Pane legend = FindingsBar.legend();
        legend.setPadding(new javafx.geometry.Insets(0, 8, 8, 8));
        getChildren().addAll(heading, table, hint, key, legend);
        model.viewProperty().addListener((o, a, b) -> update());
        model.sources().addListener((javafx.collections.ListChangeListener<ProjectSource>) c -> update());
        update();
    }

    public TableView<Row> table() {
        return table;
    }

    private String outletOf(Row r) {
        if (r.source().outlet() != null) {
            return r.source().outlet();
        }
        return r.article() != null && r.article().outlet() != null ? r.article().outlet() : "";
    }

    private LocalDate dateOf(Row r) {
        if (r.source().published() != null) {
            return r.source().published();
        }
        return r.article() == null ? null : r.article().published();
    }

    private String infoOf(Row r) {
        StoryView v = model.view();
        if (r.article() == null) {
            return model.hasResult() && !model.marksPendingProperty().get() ? "unread" : "…";
        }
        if (model.marksPendingProperty().get()) {
            return r.source().included() ? "…" : "off";
        }
        StringBuilder s = new StringBuilder();
        s.append(r.source().included() ? String.valueOf(countClaims(r.article())) : "off");
        if (v.isOffTopic(r.article().id()) || v.dateAnomaly(r.article().id()) != null) {
            s.append(" ⚠");
        }
        if (maxReuse(r.article()) >= 0.2) {
            s.append(" ⟲");
        }
        return s.toString();
    }

    private long countClaims(Article a) {
        AnalysisResult res = model.resultProperty().get();
        return res == null ? 0 : res.claims().stream().filter(c -> c.article().equals(a.id())).count();
    }

    private double maxReuse(Article a) {
        AnalysisResult res = model.resultProperty().get();
        return res == null ? 0 : res.reuse().stream().filter(x -> x.a().equals(a.id())).mapToDouble(Reuse::share).max().orElse(0);
    }

    private String detailOf(Row r) {
        StoryView v = model.view();
        List<String> lines = new ArrayList<>();
        lines.add(r.source().path());
        if (r.article() == null) {
            AnalysisResult res = model.resultProperty().get();
            if (res != null) {
                res.problems().stream().filter(p -> p.path().equals(r.source().path()))
                        .forEach(p -> lines.add("⚠ could not be read: " + p.reason()));
            }
            return String.join("\n", lines);
        }
        lines.add(countClaims(r.article()) + " claims" + (r.source().included() ? "" : " (excluded from the comparison)"));
        if (v.isOffTopic(r.article().id())) {
            lines.add("⚠ off-topic: it reports a different event");
        }
        if (v.dateAnomaly(r.article().id()) != null) {
            lines.add("⚠ " + v.dateAnomaly(r.article().id()).note());
        }
        AnalysisResult res = model.resultProperty().get();
        res.reuse().stream().filter(x -> x.a().equals(r.article().id()) && x.share() >= 0.05)
                .forEach(x -> lines.add(String.format("⟲ %.0f%% of its text also stands in %s", x.share() * 100, v.sourceLabel(x.b()))));
        r.article().notes().forEach(n -> lines.add("ℹ " + n));
        return String.join("\n", lines);
    }

    private void update() {
        AnalysisResult res = model.resultProperty().get();
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < model.sources().size(); i++) {
            ProjectSource s = model.sources().get(i);
            Article a = res == null ? null : res.articles().stream().filter(x -> x.path().equals(s.path())).findFirst().orElse(null);
            rows.add(new Row(i, s, a));
        }
        table.setItems(FXCollections.observableArrayList(rows));
        // Rows equal to the last ones (same source, same article) keep their cells, whose counts
        // and marks come from the analysis: the texts shown before it would keep "0" claims.
        table.refresh();
    }
}
