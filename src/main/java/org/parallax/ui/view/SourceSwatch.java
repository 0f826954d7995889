package org.parallax.ui.view;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import org.parallax.ui.model.StoryView;

/** The small coloured tag naming a source ("S1"); the tag text, not the colour, identifies it. */
public final class SourceSwatch {
    private static final int COLOURS = 8;

    private SourceSwatch() {
    }

    public static Label of(StoryView view, String articleId) {
        int n = view.sourceNumber(articleId);
        Label l = new Label(view.sourceTag(articleId));
        l.getStyleClass().addAll("source-swatch", "source-" + ((n - 1) % COLOURS + COLOURS) % COLOURS);
        l.setTooltip(new Tooltip(view.sourceLabel(articleId)));
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }
}
