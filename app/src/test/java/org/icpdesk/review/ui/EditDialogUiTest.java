package org.icpdesk.review.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.icpdesk.ui.FxWait.onFx;

import java.util.List;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.icpdesk.i18n.Messages;
import org.icpdesk.order.domain.Material;
import org.icpdesk.review.domain.EditableFields;
import org.icpdesk.review.domain.FieldComparison;
import org.icpdesk.review.domain.FieldComparison.Status;
import org.icpdesk.review.service.EditRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The assisted-edit dialog proposes what the certificate says: it opens on the field whose reading differs, with the
 * reading as the value after and the certificate read as the proving material; without a reading it keeps the entered
 * value. Materials show by their kind's name, not the code.
 */
@ExtendWith(ApplicationExtension.class)
class EditDialogUiTest {
    static final Material LICENCE = new Material("m1", "BUSINESS_LICENSE", "subject", "m1.jpg");
    static final Material CARD = new Material("m2", "ID_CARD_FRONT", "principal", "m2.jpg");
    static final Material OTHER_CARD = new Material("m4", "ID_CARD_FRONT", "principal", "m4.jpg");
    Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    EditDialog dialog(List<FieldComparison.Row> readings) {
        List<EditableFields.Editable> fields = List.of(
                new EditableFields.Editable("subject.name", "北京甲乙科技有限公司", List.of(LICENCE)),
                new EditableFields.Editable("principal.name", "张三", List.of(OTHER_CARD, CARD)));
        return onFx(() -> {
            EditDialog d = new EditDialog(new Messages(Locale.ENGLISH), fields, readings, owner);
            d.show();
            return d;
        });
    }

    @SuppressWarnings("unchecked")
    static <T> T node(EditDialog d, String id) {
        return (T) d.getDialogPane().lookup("#" + id);
    }

    @Test
    void proposesTheReadingOfTheCertificateThatDiffers() {
        EditDialog d = dialog(List.of(
                new FieldComparison.Row("subject.name", "北京甲乙科技有限公司", "北京甲乙科技有限公司", 0.97, "m1", Status.MATCH),
                new FieldComparison.Row("principal.name", "张三", "张叁", 0.93, "m2", Status.MISMATCH)));
        ComboBox<EditableFields.Editable> field = node(d, "editField");
        ComboBox<Material> basis = node(d, "editBasis");
        assertThat(onFx(() -> field.getValue().field())).isEqualTo("principal.name");
        assertThat(onFx(() -> ((TextField) node(d, "editAfter")).getText())).isEqualTo("张叁");
        assertThat(onFx(() -> ((Label) node(d, "editRead")).getText())).contains("张叁").contains("93%");
        assertThat(onFx(basis::getValue)).isEqualTo(CARD);
        assertThat(onFx(() -> basis.getConverter().toString(basis.getValue()))).isEqualTo("m2 ID card front");

        List<EditRequest> result = onFx(() -> {
            ((Button) d.getDialogPane().lookupButton(d.getDialogPane().getButtonTypes().stream()
                    .filter(b -> b.getButtonData() == ButtonType.OK.getButtonData()).findFirst().orElseThrow())).fire();
            return d.getResult();
        });
        assertThat(result).containsExactly(new EditRequest("principal.name", "张叁", "m2"));
    }

    @Test
    void withoutAReadingTheEnteredValueStays() {
        EditDialog d = dialog(List.of());
        ComboBox<EditableFields.Editable> field = node(d, "editField");
        assertThat(onFx(() -> field.getValue().field())).isEqualTo("subject.name");
        assertThat(onFx(() -> ((TextField) node(d, "editAfter")).getText())).isEqualTo("北京甲乙科技有限公司");
        assertThat(onFx(() -> ((Label) node(d, "editRead")).getText())).contains("not read");
        onFx(() -> {
            field.getSelectionModel().select(1);
            return null;
        });
        assertThat(onFx(() -> ((TextField) node(d, "editAfter")).getText())).isEqualTo("张三");
        assertThat(onFx(() -> ((ComboBox<Material>) node(d, "editBasis")).getValue())).isEqualTo(OTHER_CARD);
        onFx(() -> {
            d.close();
            return null;
        });
    }
}
