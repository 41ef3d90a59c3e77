package org.icpdesk.rules.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodesTest {

    /** Published codes of real companies (licences are public), and the GB 32100 style example. */
    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y43", "9144030071526726XG", "914403001922038216", "91330100716105852F",
            "91110108551385082Q"})
    void acceptsValidCodes(String code) {
        assertThat(CreditCodes.validate(code)).isEmpty();
        assertThat(CreditCodes.isValid(code)).isTrue();
        assertThat(CreditCodes.checkChar(code.substring(0, 17))).isEqualTo(code.charAt(17));
    }

    @ParameterizedTest
    @CsvSource({
            "91350100M000100Y44, CHECK_CHAR",
            "91350100M000100Y4, FORMAT",
            "91350100M000100Y433, FORMAT",
            "91350100M000100I43, FORMAT",
            "91350100M000100O43, FORMAT",
            "91350100M000100Z43, FORMAT",
            "91350100m000100y43, LOWER_CASE",
            "91A50100M000100Y4X, REGION",
            "91990100M000100Y43, REGION"})
    void reportsTheFirstProblem(String code, CreditCodes.Problem problem) {
        assertThat(CreditCodes.validate(code)).contains(problem);
        assertThat(CreditCodes.isValid(code)).isFalse();
    }

    @Test
    void everyWrongCheckCharacterFails() {
        String first17 = "91440300MA5ABCDE1";
        char right = CreditCodes.checkChar(first17);
        for (char c : CreditCodes.CHARSET.toCharArray()) {
            assertThat(CreditCodes.isValid(first17 + c)).as("check char %s", c).isEqualTo(c == right);
        }
    }

    @Test
    void readsTheRegionCode() {
        assertThat(CreditCodes.regionCode("9144030071526726XG")).contains("440300");
        assertThat(CreditCodes.regionCode("91A50100M000100Y4X")).isEmpty();
        assertThat(CreditCodes.regionCode("914403")).isEmpty();
    }

    @Test
    void organizationCodeCheckMatchesRealCodes() {
        assertThat(CreditCodes.organizationCodeCheckChar("M000100Y")).isEqualTo('4');
        assertThat(CreditCodes.organizationCodeCheckChar("71526726")).isEqualTo('X');
        assertThat(CreditCodes.organizationCodeCheckChar("19220382")).isEqualTo('1');
    }

    @Test
    void checkCharRejectsBadInput() {
        assertThatThrownBy(() -> CreditCodes.checkChar("9135010")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CreditCodes.checkChar("91350100M000100I4")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CreditCodes.organizationCodeCheckChar("m000100y")).isInstanceOf(IllegalArgumentException.class);
    }
}
