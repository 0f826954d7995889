package org.parallax.ui.view;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.scene.control.Label;

/** Widths in ems of a label's font, so zooming the window widens what is measured by them. */
final class Ems {
    private Ems() {
    }

    /** {@code ems} times the size of {@code label}'s font, following it as it changes. */
    static DoubleBinding of(Label label, double ems) {
        return Bindings.createDoubleBinding(() -> label.getFont().getSize() * ems, label.fontProperty());
    }
}
