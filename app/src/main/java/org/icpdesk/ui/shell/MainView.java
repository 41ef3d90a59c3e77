package org.icpdesk.ui.shell;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.scene.Parent;
import org.icpdesk.i18n.Messages;

/**
 * The screen the shell shows in the middle of its window. It keeps its state (filter, sort, loaded rows)
 * across {@link #build} calls: the shell builds it again in the new language when the user switches.
 */
public interface MainView {
    /** Builds the screen's nodes with the texts of {@code messages}; the previous nodes are dropped. */
    Parent build(Messages messages);

    /** Reads the data again (View &gt; Refresh, after an import or the first-run seeding). */
    void refresh();

    /** One line for the status bar, in the language of the last build (e.g. "1,000 of 100,000 orders"). */
    ReadOnlyStringProperty summaryProperty();

    /** The screen's own keys for the F1 overlay, beside the menu accelerators: key text and what it does. */
    default java.util.List<java.util.Map.Entry<String, String>> shortcuts(Messages messages) {
        return java.util.List.of();
    }
}
