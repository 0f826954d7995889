package org.parallax.ui.view;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import org.parallax.model.Article;
import org.parallax.model.Claim;
import org.parallax.ui.WorkspaceModel;
import org.parallax.ui.model.Group;
import org.parallax.ui.model.Status;
import org.parallax.ui.model.StoryView;

/** Claims matrix: one row per fact, one column per source, a symbol in each cell; sortable; a click selects. */
public final class MatrixTab extends TableView<Group> {
    private final WorkspaceModel model;
    private boolean updating;
    /** The fact column of the current build: it takes what width the other columns leave. */
    private TableColumn<Group, String> factColumn;

    public MatrixTab(WorkspaceModel model) {
        this.model = model;
        setId("matrix");
        getStyleClass().add("matrix");
        // While the texts as read are shown and the analysis runs, an empty matrix is waiting, not empty.
        Label placeholder = new Label();
        placeholder.textProperty().bind(javafx.beans.binding.Bindings.when(model.marksPendingProperty())
                .then("The facts fill in when the analysis ends.")
                .otherwise("No claims to show. Add articles, or widen the status filter."));
        setPlaceholder(placeholder);
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        getSelectionModel().selectedItemProperty().addListener((o, a, g) -> {
            if (!updating && g != null && (model.selectedGroupProperty().get() == null
                    || !model.selectedGroupProperty().get().id().equals(g.id()))) {
                model.selectGroup(g);
            }
        });
        model.viewProperty().addListener((o, a, b) -> rebuild());
        model.shown().addListener((javafx.collections.SetChangeListener<Status>) c -> rebuild());
        model.worthCheckingOnlyProperty().addListener((o, a, b) -> rebuild());
        model.selectedGroupProperty().addListener((o, a, g) -> follow(g));
        widthProperty().addListener((o, a, b) -> fitPolicy());
        rebuild();
    }

    /**
     * Columns fitted to the width while the fact column keeps room to be read; with many sources
     * they keep their widths and the table scrolls sideways instead, the fact column staying wide
     * (squeezed to fit, a story of 21 sources showed "Teix…" as the fact and "…" as source names).
     */
    private void fitPolicy() {
        if (factColumn == null || getWidth() <= 0) {
            return;
        }
        double others = getColumns().stream().filter(c -> c != factColumn).mapToDouble(TableColumn::getMinWidth).sum();
        // The vertical scroll bar and the table's insets take some of the width.
        boolean roomy = others + factColumn.getMinWidth() <= getWidth() - 24;
        var wanted = roomy ? CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN : UNCONSTRAINED_RESIZE_POLICY;
        if (getColumnResizePolicy() != wanted) {
            setColumnResizePolicy(wanted);
        }
    }

    private void rebuild() {
        updating = true;
        StoryView v = model.view();
        getColumns().clear();
        TableColumn<Group, Status> status = new TableColumn<>("Status");
        status.setCellValueFactory(cd -> new SimpleObjectProperty<>(cd.getValue().status()));
        status.setComparator(Comparator.naturalOrder());
        status.setCellFactory(c -> statusCell());

        TableColumn<Group, String> fact = new TableColumn<>("Fact");
        // A claim only one source carries is named by its phrase, worked out only for the rows drawn:
        // a large story has thousands, and the view is rebuilt on every correction.
        fact.setCellValueFactory(cd -> new SimpleStringProperty(cd.getValue().shared() ? cd.getValue().topic()
                : org.parallax.align.ClusterTopic.standard().phrase(cd.getValue().topic())));
        fact.setPrefWidth(340);
        factColumn = fact;
        TableColumn<Group, Number> sources = new TableColumn<>("Sources");
        sources.setCellValueFactory(cd -> new SimpleObjectProperty<>(cd.getValue().claims().stream().map(Claim::article).distinct().count()));
        Label sourcesHeader = new Label("Sources");
        sources.setGraphic(sourcesHeader);
        sources.setText(null);
        // How worth checking the fact is: the highest score of its claims; sorts the worth-checking first.
        TableColumn<Group, Number> worth = new TableColumn<>();
        worth.setId("matrix-checkworthiness");
        worth.setCellValueFactory(cd -> new SimpleObjectProperty<>(cd.getValue().claims().stream()
                .mapToDouble(Claim::checkworthiness).max().orElse(0)));
        worth.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Number n, boolean empty) {
                super.updateItem(n, empty);
                setText(empty || n == null ? null : String.format(java.util.Locale.ROOT, "%.2f", n.doubleValue()));
            }
        });
        Label worthHeader = new Label("⚑");
        worthHeader.setTooltip(new Tooltip("Worth checking, 0 to 1: the highest of the fact's claims (click to sort)"));
        worth.setGraphic(worthHeader);
        fitTo(sources, sourcesHeader, 8.6);
        fitTo(worth, worthHeader, 4.2);
        fitTo(status, sourcesHeader, 9.5);
        fact.minWidthProperty().bind(Ems.of(sourcesHeader, 20));
        // Zooming changes the em-sized columns; the fact column then gives or takes the difference.
        sourcesHeader.fontProperty().addListener((o, a, b) -> javafx.application.Platform.runLater(this::fitColumns));
        getColumns().addAll(List.of(status, fact, sources, worth));
        for (Article a : v.articles()) {
            TableColumn<Group, Status> col = new TableColumn<>(v.sourceTag(a.id()));
            Label header = new Label(v.sourceTag(a.id()));
            header.setTooltip(new Tooltip(v.sourceLabel(a.id())));
            col.setGraphic(header);
            col.setText(null);
            col.setCellValueFactory(cd -> new SimpleObjectProperty<>(cd.getValue().statusOfSource(a.id())));
            col.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
            col.setCellFactory(c -> statusCell());
            // "S1" in 4.7 ems, a ladder of one em more for each further digit ("S10").
            fitTo(col, header, 2.7 + v.sourceTag(a.id()).length());
            getColumns().add(col);
        }
        double worthFrom = model.worthCheckingOnlyProperty().get() ? org.parallax.claims.ClaimExtractor.checkworthyFrom() : 0;
        setItems(FXCollections.observableArrayList(v.visible(Set.copyOf(model.shown())).stream()
                .filter(g -> g.claims().stream().anyMatch(c -> c.checkworthiness() >= worthFrom)).toList()));
        updating = false;
        fitPolicy();
        follow(model.selectedGroupProperty().get());
    }

    private void fitColumns() {
        var policy = getColumnResizePolicy();
        setColumnResizePolicy(UNCONSTRAINED_RESIZE_POLICY);
        setColumnResizePolicy(policy);
        fitPolicy();
    }

    /** Sizes a column in ems of its header's font, so zooming widens it and the header is not cut. */
    private static void fitTo(TableColumn<Group, ?> column, Label header, double ems) {
        column.prefWidthProperty().bind(Ems.of(header, ems));
        column.minWidthProperty().bind(column.prefWidthProperty());
        column.maxWidthProperty().bind(column.prefWidthProperty().multiply(1.25));
    }

    private TableCell<Group, Status> statusCell() {
        return new TableCell<>() {
            @Override
            protected void updateItem(Status s, boolean empty) {
                super.updateItem(s, empty);
                getStyleClass().removeIf(x -> x.startsWith("status-"));
                if (empty) {
                    setText(null);
                } else if (s == null) {
                    setText("·");
                    getStyleClass().add("status-absent");
                } else {
                    boolean wide = getTableColumn().getText() != null;
                    setText(wide ? s.symbol() + " " + s.label() : s.symbol());
                    getStyleClass().add(s.styleClass());
                }
            }
        };
    }

    private void follow(Group g) {
        if (updating) {
            return;
        }
        updating = true;
        if (g == null) {
            getSelectionModel().clearSelection();
        } else {
            for (int i = 0; i < getItems().size(); i++) {
                if (getItems().get(i).id().equals(g.id())) {
                    getSelectionModel().select(i);
                    scrollTo(Math.max(0, i - 2));
                    break;
                }
            }
        }
        updating = false;
    }
}
