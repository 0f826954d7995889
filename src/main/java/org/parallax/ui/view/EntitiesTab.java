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
public final class EntitiesTab extends TableView<Entity> {
    public EntitiesTab(WorkspaceModel model) {
        setId("entities");
        setPlaceholder(new Label("No entities found yet."));
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
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
        getColumns().addAll(java.util.List.of(name, type, mentions, sources, variants));
        Runnable update = () -> setItems(FXCollections.observableArrayList(model.view().result().entities()));
        model.viewProperty().addListener((o, a, b) -> update.run());
        update.run();
    }
}
