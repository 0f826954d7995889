package org.parallax.ui.view;

import java.util.LinkedHashSet;
import java.util.Set;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.parallax.model.Entity;
import org.parallax.model.Mention;
import org.parallax.ui.WorkspaceModel;
import org.parallax.ui.model.StoryView;

/** Entities as merged across sources, with every spelling variant and which sources name them. */
public final class EntitiesTab extends javafx.scene.layout.BorderPane {
    private final TableView<Entity> table = new TableView<>();

    public EntitiesTab(WorkspaceModel model) {
        setId("entities");
        setCenter(table);
        table.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        javafx.scene.control.Button merge = new javafx.scene.control.Button("Merge selected");
        merge.setId("merge-entities");
        merge.setTooltip(new javafx.scene.control.Tooltip("The selected rows are one person, place or organisation"));
        merge.disableProperty().bind(javafx.beans.binding.Bindings.size(table.getSelectionModel().getSelectedItems()).lessThan(2));
        merge.setOnAction(e -> model.mergeEntities(table.getSelectionModel().getSelectedItems().stream().map(Entity::name).toList()));
        javafx.scene.control.Button split = new javafx.scene.control.Button("Split a spelling off…");
        split.setId("split-entity");
        split.setTooltip(new javafx.scene.control.Tooltip("One spelling of this entity names someone else"));
        split.disableProperty().bind(javafx.beans.binding.Bindings.size(table.getSelectionModel().getSelectedItems()).isNotEqualTo(1));
        split.setOnAction(e -> {
            Entity ent = table.getSelectionModel().getSelectedItem();
            java.util.List<String> variants = ent.mentions().stream().map(Mention::text).distinct().toList();
            if (variants.size() < 2) {
                return;
            }
            javafx.scene.control.ChoiceDialog<String> d = new javafx.scene.control.ChoiceDialog<>(variants.get(variants.size() - 1), variants);
            d.setTitle("Split an entity");
            d.setHeaderText("Which spelling of “" + ent.name() + "” names someone else?");
            d.initOwner(getScene().getWindow());
            d.showAndWait().ifPresent(v -> model.splitEntity(ent.name(), v));
        });
        javafx.scene.control.Label hint = new javafx.scene.control.Label("Corrections are saved with the project; Ctrl+Z undoes them.");
        hint.getStyleClass().add("hint");
        javafx.scene.layout.HBox bar = new javafx.scene.layout.HBox(8, merge, split, hint);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        bar.setPadding(new javafx.geometry.Insets(4, 8, 4, 8));
        setTop(bar);
        table.setPlaceholder(new Label("No entities found yet."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<Entity, String> name = new TableColumn<>("Entity");
        name.setCellValueFactory(cd -> new SimpleStringProperty(cd.getValue().name()));
        name.setPrefWidth(200);
        TableColumn<Entity, String> type = new TableColumn<>("Type");
        type.setCellValueFactory(cd -> new SimpleStringProperty(cd.getValue().type()));
        type.setPrefWidth(110);
        TableColumn<Entity, Number> mentions = new TableColumn<>("Mentions");
        mentions.setCellValueFactory(cd -> new SimpleObjectProperty<>(cd.getValue().mentions().size()));
        mentions.setPrefWidth(80);
        TableColumn<Entity, String> sources = new TableColumn<>("Sources");
        sources.setCellValueFactory(cd -> {
            StoryView v = model.view();
            Set<String> tags = new LinkedHashSet<>();
            cd.getValue().mentions().forEach(m -> tags.add(v.sourceTag(m.article())));
            return new SimpleStringProperty(String.join(" ", tags));
        });
        sources.setPrefWidth(140);
        TableColumn<Entity, String> variants = new TableColumn<>("Written as");
        variants.setCellValueFactory(cd -> {
            Set<String> v = new LinkedHashSet<>();
            cd.getValue().mentions().stream().map(Mention::text).forEach(v::add);
            return new SimpleStringProperty(String.join(" · ", v));
        });
        variants.setPrefWidth(360);
        table.getColumns().addAll(java.util.List.of(name, type, mentions, sources, variants));
        Runnable update = () -> table.setItems(FXCollections.observableArrayList(model.view().entities()));
        model.viewProperty().addListener((o, a, b) -> update.run());
        update.run();
    }

    public TableView<Entity> table() {
        return table;
    }
}
