package org.icpdesk.ocr.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Domain corrections on the kinds of misreadings the engines make. */
class CorrectionsTest {

    @Test
    void idNumberFromConfusablesAndAMultiplicationSign() {
        Corrections.Corrected c = Corrections.idNumber("11O1O519491231OO2×", null, null);
        assertThat(c.value()).isEqualTo("11010519491231002X");
        assertThat(c.valid()).isTrue();
        assertThat(c.corrected()).isTrue();
    }

    @Test
    void idNumberWithAnExtraDigitIsRepairedOnlyWhenOneRepairFitsTheCard() {
        String id = "350503196208314097";
        String extra = "3520503196208314097";    // as Tesseract read it
        assertThat(Corrections.idNumber(extra, LocalDate.of(1962, 8, 31), "男", 0.99))
                .isEqualTo(new Corrections.Corrected(id, true, true));
        // a lost digit has several repairs that pass the check digit: none is guessed
        String lost = id.substring(0, 3) + id.substring(4);
        assertThat(Corrections.idNumber(lost, LocalDate.of(1962, 8, 31), "男", 0.99).valid()).isFalse();
    }

    @Test
    void idNumberBirthDateFromTheCardOnlyWhenTheEngineWasUnsure() {
        String id = "350503196208314097";
        String misread = "350503196203314097";    // 8 read as 3
        assertThat(Corrections.idNumber(misread, LocalDate.of(1962, 8, 31), "男", 0.6).value()).isEqualTo(id);
        Corrections.Corrected sure = Corrections.idNumber(misread, LocalDate.of(1962, 8, 31), "男", 0.99);
        assertThat(sure.value()).isEqualTo(misread);
        assertThat(sure.valid()).isFalse();
    }

    @Test
    void creditCodeAlphabetAndConfusables() {
        assertThat(Corrections.creditCode("91110102MAOJ5BCX83").value()).isEqualTo("91110102MA0J5BCX83");
        assertThat(Corrections.creditCode("9111O1O2MA0J5BCX83").value()).isEqualTo("91110102MA0J5BCX83");
        assertThat(Corrections.creditCode("９１１１０１０２ＭＡ０Ｊ５ＢＣＸ８３").value()).isEqualTo("91110102MA0J5BCX83");
        // B read as 8 by an unsure engine: the one confusable substitution that makes the check character agree
        assertThat(Corrections.creditCode("91110102MA0J58CX83", 0.7)).isEqualTo(new Corrections.Corrected("91110102MA0J5BCX83", true, true));
    }

    @Test
    void aWrongCheckCharacterReadWithConfidenceStaysAsPrinted() {
        Corrections.Corrected c = Corrections.creditCode("91110102MAK2PPYG7T", 0.99);
        assertThat(c).isEqualTo(new Corrections.Corrected("91110102MAK2PPYG7T", false, false));
    }

    @ParameterizedTest
    @CsvSource({"1962年8月31日,1962-08-31", "2023年01月10日,2023-01-10", "2017-01-18,2017-01-18", "2O17-O1-l8,2017-01-18",
            "注册日期2017.1.8,2017-01-08"})
    void dates(String raw, String expected) {
        assertThat(Corrections.date(raw).value()).isEqualTo(expected);
    }

    @Test
    void periods() {
        Corrections.Corrected[] p = Corrections.period("2011.09.15-长期");
        assertThat(p[0].value()).isEqualTo("2011-09-15");
        assertThat(p[1].value()).isEqualTo("长期");
        p = Corrections.period("2015.03.16-2035.03.16");
        assertThat(p[0].value()).isEqualTo("2015-03-16");
        assertThat(p[1].value()).isEqualTo("2035-03-16");
        p = Corrections.period("2015-03-16至2035-03-16");
        assertThat(p[1].value()).isEqualTo("2035-03-16");
    }

    @Test
    void sexAndEthnicity() {
        assertThat(Corrections.sex("男", null).value()).isEqualTo("男");
        assertThat(Corrections.sex("", "350503196208314097")).isEqualTo(new Corrections.Corrected("男", true, true));
        assertThat(Corrections.ethnicity("汉族").value()).isEqualTo("汉");
        assertThat(Corrections.ethnicity("维吾尔").valid()).isTrue();
        assertThat(Corrections.ethnicity("维吾乐")).isEqualTo(new Corrections.Corrected("维吾尔", true, true));
        assertThat(Corrections.ethnicity("火星").valid()).isFalse();
    }

    @Test
    void domainsInUnicodeAndLowerCase() {
        assertThat(Corrections.domain("fangjianyongjournal,com").value()).isEqualTo("fangjianyongjournal.com");
        assertThat(Corrections.domain("ＨｏｎｇＹｉ．ｃｏｍ．ｃｎ").value()).isEqualTo("hongyi.com.cn");
        assertThat(Corrections.domain("xn--fiqs8s.cn").value()).isEqualTo("中国.cn");
        assertThat(Corrections.domain("注册证书").valid()).isFalse();
    }

    @Test
    void capitalNumeralLookAlikes() {
        assertThat(Corrections.capital("参佰万元整")).isEqualTo(new Corrections.Corrected("叁佰万元整", true, true));
        assertThat(Corrections.capital("伍拾万元整")).isEqualTo(new Corrections.Corrected("伍拾万元整", false, true));
    }

    @Test
    void chineseTextKeepsFullWidthBrackets() {
        assertThat(Corrections.chineseText("有限责任公司(自然人投资或控股)").value()).isEqualTo("有限责任公司（自然人投资或控股）");
        assertThat(Corrections.chineseText("“泉州市公安局丰泽分局").value()).isEqualTo("泉州市公安局丰泽分局");
    }
}
