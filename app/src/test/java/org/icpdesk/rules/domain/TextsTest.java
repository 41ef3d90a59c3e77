package org.icpdesk.rules.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextsTest {
    @Test
    void normalizeFoldsWidthCaseSpacesAndPunctuation() {
        assertThat(Texts.normalize("深圳市 南山区（科技园）")).isEqualTo(Texts.normalize("深圳市南山区科技园"));
        assertThat(Texts.normalize("ＡＢｃ１２３")).isEqualTo("ABC123");
        assertThat(Texts.normalize("91440300MA5F12345-X")).isEqualTo("91440300MA5F12345X");
        assertThat(Texts.normalize(null)).isEmpty();
    }

    @Test
    void similarityIsOneForEqualFormsAndDropsWithEdits() {
        assertThat(Texts.similarity("张三", "张 三")).isEqualTo(1.0);
        assertThat(Texts.similarity("深圳市示例科技有限公司", "深圳市示列科技有限公司")).isGreaterThan(0.9).isLessThan(1.0);
        assertThat(Texts.similarity("张三", "李四")).isZero();
    }

    @Test
    void hanCountCountsChineseCharactersOnly() {
        assertThat(Texts.hanCount("博客")).isEqualTo(2);
        assertThat(Texts.hanCount("abc示例123站")).isEqualTo(3);
    }

    @Test
    void occurringAndLeadingFindWords() {
        assertThat(Texts.occurring("人民美食交流社区", List.of("中国", "人民", "社区"))).containsExactly("人民", "社区");
        assertThat(Texts.leading("中国美食网", List.of("中国", "美食"))).containsExactly("中国");
        assertThat(Texts.leading("美食中国网", List.of("中国"))).isEmpty();
    }

    @Test
    void templatesMatchTheirFixedParts() {
        // Tianjin, 002:3976: 应急联系电话中手机号使用人为【单位名称XXX】的员工【姓名XXX】
        String template = "应急联系电话中手机号使用人为【单位名称XXX】的员工【姓名XXX】";
        assertThat(Texts.followsTemplate("应急联系电话中手机号使用人为天津示例科技有限公司的员工王五", template)).isTrue();
        assertThat(Texts.followsTemplate("应急电话为王五", template)).isFalse();
        assertThat(Texts.followsTemplate("网站仅做官网展示，不涉及在线交易、电子金融、电子商务。", "网站仅做官网展示,不涉及在线交易、电子金融、电子商务")).isTrue();
    }

    @Test
    void traditionalVariantsCompareEqualToSimplified() {
        assertThat(Texts.normalize("張偉")).isEqualTo(Texts.normalize("张伟"));
        assertThat(Texts.similarity("廣東省深圳市南山區科技園", "广东省深圳市南山区科技园")).isEqualTo(1.0);
        assertThat(Texts.similarity("華信網絡科技有限公司", "华信网络科技有限公司")).isEqualTo(1.0);
        assertThat(Texts.similarity("陳麗", "陈丽")).isEqualTo(1.0);
        assertThat(Texts.similarity("陳麗", "陈莉")).isLessThan(1.0);
        assertThat(Texts.normalize("ABC 123")).isEqualTo("ABC123");
    }
}
