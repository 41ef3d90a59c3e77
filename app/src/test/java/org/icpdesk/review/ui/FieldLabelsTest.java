package org.icpdesk.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.icpdesk.i18n.Messages;
import org.icpdesk.review.domain.EditableFields;
import org.icpdesk.review.domain.FieldComparison;
import org.icpdesk.rules.domain.OcrReadings;
import org.icpdesk.testing.SmallBundles;
import org.junit.jupiter.api.Test;

class FieldLabelsTest {
    final FieldLabels zh = new FieldLabels(new Messages(Locale.SIMPLIFIED_CHINESE));
    final FieldLabels en = new FieldLabels(new Messages(Locale.ENGLISH));

    @Test
    void pathsReadAsFieldNames() {
        assertThat(zh.label("subject.name")).isEqualTo("主办单位名称");
        assertThat(en.label("subject.name")).isEqualTo("Subject name");
        assertThat(zh.label("sites[0].domains[0]")).isEqualTo("网站1 域名");
        assertThat(zh.label("sites[1].domains[2]")).isEqualTo("网站2 域名3");
        assertThat(en.label("sites[0].domains[1]")).isEqualTo("Site 1 Domain 2");
        assertThat(zh.label("sites[0].principal.idNumber")).isEqualTo("网站1 负责人证件号码");
        assertThat(en.label("principal.idValidTo")).isEqualTo("Principal ID valid to");
        assertThat(zh.label("type")).isEqualTo("订单类型");
        assertThat(zh.label("sites[0].homepageUrl")).isEqualTo("网站1 首页网址");
    }

    @Test
    void unknownPathsShowAsTheyAre() {
        assertThat(zh.label("subject.shoeSize")).isEqualTo("subject.shoeSize");
        assertThat(zh.label("sites[0].shoeSize")).isEqualTo("sites[0].shoeSize");
        assertThat(zh.label(null)).isEmpty();
    }

    @Test
    void everyComparedAndEditableFieldHasALabel() {
        var order = SmallBundles.order(2, 1, "");
        var paths = new java.util.ArrayList<String>();
        FieldComparison.rows(order, OcrReadings.none()).forEach(r -> paths.add(r.field()));
        EditableFields.of(order).forEach(e -> paths.add(e.field()));
        assertThat(paths).isNotEmpty().allSatisfy(p -> {
            assertThat(zh.label(p)).as(p).isNotEqualTo(p).doesNotContain("[");
            assertThat(en.label(p)).as(p).isNotEqualTo(p).doesNotContain("[");
        });
    }
}
