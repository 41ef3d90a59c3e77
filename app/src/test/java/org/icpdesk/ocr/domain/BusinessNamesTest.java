package org.icpdesk.ocr.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Licence names the detector ran together with the type cell (lines of the 600-image set's hard licences). */
class BusinessNamesTest {
    @Test
    void aTypeAfterTheNameIsCutOff() {
        assertThat(BusinessNames.withoutType("曲靖市馨石软件有限公司其他有限责任公司")).isEqualTo("曲靖市馨石软件有限公司");
        assertThat(BusinessNames.withoutType("杭州星河文化传播有限公司有限责任公司（自然人投资或控股）")).isEqualTo("杭州星河文化传播有限公司");
        assertThat(BusinessNames.withoutType("杭州星河文化传播有限公司有限责任公司（自然人投")).isEqualTo("杭州星河文化传播有限公司");
        assertThat(BusinessNames.withoutType("宁波市海曙区甲乙科技有限责任公司股份有限公司")).isEqualTo("宁波市海曙区甲乙科技有限责任公司");
    }

    @Test
    void aTypeBeforeTheNameIsCutOff() {
        assertThat(BusinessNames.withoutType("有限责任公司（自然人投资或控长沙市青禾设计有限公司")).isEqualTo("长沙市青禾设计有限公司");
        assertThat(BusinessNames.withoutType("其他有限责任公司成都市蓝海贸易有限公司")).isEqualTo("成都市蓝海贸易有限公司");
    }

    @Test
    void namesWithoutATypeStayAsRead() {
        for (String name : new String[] {"北京甲乙科技有限公司", "北京甲乙科技有限公司上海分公司", "深圳市某某有限责任公司",
                "广州某某股份有限公司", "某某（北京）科技有限公司", "上海某某投资中心（有限合伙）", "某某市某某服装厂", "有限", ""}) {
            assertThat(BusinessNames.withoutType(name)).as(name).isEqualTo(name);
        }
        assertThat(BusinessNames.withoutType(null)).isNull();
    }
}
