package org.icpdesk.review.ui;

import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.icpdesk.review.domain.CharDiff;
import org.icpdesk.review.domain.FieldComparison;

/**
 * The value read from a certificate, in the field table: on a mismatch, the characters the entered value does not have
 * are highlighted, the entered characters the reading lacks are shown struck through where they stand, then the
 * confidence. A long value (an address) wraps to the column's width in a row of a few lines,
 * never more; the accessible text is the plain value, so that screen readers and tests read what the cell says.
 */
final class ReadValueCell extends TableCell<FieldComparison.Row, String> {
    /** Horizontal padding of a table cell (modena: 0.166667em each side, about 2 px), kept off the wrapping width. */
    private static final double PADDING = 6;

    @Override
    protected void updateItem(String text, boolean empty) {
        super.updateItem(text, empty);
        FieldComparison.Row row = empty ? null : getTableRow() == null ? null : getTableRow().getItem();
        if (empty || row == null) {
            setText(null);
            setGraphic(null);
            setTooltip(null);
            return;
        }
        setTooltip(text == null || text.isEmpty() ? null : new Tooltip(text));
        if (row.read() == null || row.status() != FieldComparison.Status.MISMATCH) {
            setGraphic(null);
            setText(text);
            return;
        }
        TextFlow flow = new TextFlow();
        for (CharDiff.Segment segment : row.diffWithMissing()) {
            Text t = new Text(segment.text());
            t.getStyleClass().add(segment.missing() ? "diff-missing" : segment.same() ? "diff-same" : "diff-changed");
            flow.getChildren().add(t);
        }
        if (row.confidence() != null) {
            Text c = new Text(" (" + Math.round(row.confidence() * 100) + "%)");
            c.getStyleClass().add("diff-same");
            flow.getChildren().add(c);
        }
        // Wrapped at the column's width: asked for its height without a width, a TextFlow wraps at its minimum and
        // the row grows to a character per line.
        if (getTableColumn() != null) {
            flow.prefWidthProperty().bind(getTableColumn().widthProperty().subtract(PADDING));
            flow.maxWidthProperty().bind(flow.prefWidthProperty());
        }
        setText(null);
        setAccessibleText(text);
        setGraphic(flow);
    }

    @Override
    protected double computePrefHeight(double width) {
        if (getGraphic() instanceof TextFlow flow && getTableColumn() != null) {
            double wrap = Math.max(20, getTableColumn().getWidth() - PADDING);
            return flow.prefHeight(wrap) + snappedTopInset() + snappedBottomInset();
        }
        return super.computePrefHeight(width);
    }
}
