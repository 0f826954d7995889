package org.parallax.ui.view;

import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import org.parallax.model.WireComparison;
import org.parallax.ui.WorkspaceModel;

/**
 * The analysed story: the findings bar over sources | columns | inspector, with the tabs below
 * (matrix, timeline, wire copy, framing, reuse, entities).
 * Built once per window and kept, so the panes keep their state while the empty state or the
 * presentation takes its place.
 */
public final class Workspace extends BorderPane {
    private final SourcesPanel sources;
    private final ColumnsView columns;
    private final InspectorPane inspector;
    private final TabPane tabs;
    private final TimelineTab timeline;
    private final WireCopyTab wireCopy;

    /**
     * The three actions are the inspector's buttons; {@code onMessage} is where the sources pane
     * reports; {@code onWireExport} writes the wire-copy comparison shown ("html" or "csv").
     */
    public Workspace(WorkspaceModel model, Runnable onNotSame, Runnable onConfirm, Runnable onNote, Consumer<String> onMessage,
                     BiConsumer<WireComparison, String> onWireExport) {
        columns = new ColumnsView(model);
        inspector = new InspectorPane(model, onNotSame, onConfirm, onNote);
        sources = new SourcesPanel(model, onMessage);
        SplitPane main = new SplitPane(sources, columns, inspector);
        main.setDividerPositions(0.23, 0.76);
        SplitPane.setResizableWithParent(sources, false);
        SplitPane.setResizableWithParent(inspector, false);
        timeline = new TimelineTab(model);
        wireCopy = new WireCopyTab(model, onWireExport);
        tabs = new TabPane(
                tab("Claims matrix", new MatrixTab(model)),
                tab("Timeline", timeline),
                tab("Wire copy", wireCopy),
                tab("Framing", new FramingTab(model)),
                tab("Reuse", new ReuseTab(model)),
                tab("Entities", new EntitiesTab(model)));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("tabs");
        // A tab's content joins the window when the tab is first opened: styling and laying out six
        // tabs of tables before the texts can show is what kept the first columns waiting.
        tabs.getSelectionModel().selectedItemProperty().addListener((o, before, now) -> fill(now));
        fill(tabs.getSelectionModel().getSelectedItem());
        SplitPane vertical = new SplitPane(main, tabs);
        vertical.setOrientation(Orientation.VERTICAL);
        vertical.setDividerPositions(0.68);
        // The timeline and the two texts of the wire copy need room: opening either raises the tabs.
        tabs.getSelectionModel().selectedItemProperty().addListener((o, before, now) -> {
            if ((now.getUserData() == timeline || now.getUserData() == wireCopy) && vertical.getDividerPositions()[0] > 0.45) {
                vertical.setDividerPositions(0.4);
            }
        });
        setTop(new FindingsBar(model));
        setCenter(vertical);
    }

    /** A tab whose content waits in its user data until the tab is first opened ({@link #fill}). */
    private static Tab tab(String name, Node content) {
        Tab t = new Tab(name);
        t.setUserData(content);
        t.setId("tab-" + name.toLowerCase(Locale.ROOT).replace(' ', '-'));
        return t;
    }

    private static void fill(Tab t) {
        if (t != null && t.getContent() == null) {
            t.setContent((Node) t.getUserData());
        }
    }

    public SourcesPanel sources() {
        return sources;
    }

    public ColumnsView columns() {
        return columns;
    }

    public InspectorPane inspector() {
        return inspector;
    }

    public TabPane tabs() {
        return tabs;
    }

    public TimelineTab timeline() {
        return timeline;
    }

    public WireCopyTab wireCopy() {
        return wireCopy;
    }
}
