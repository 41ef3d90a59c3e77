package org.icpdesk.ocr.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.icpdesk.rules.domain.CreditCodes;
import org.icpdesk.rules.domain.IdNumbers;
import org.junit.jupiter.api.Test;

/** The copies in ocr.domain compute the same check characters as the rules. */
class CheckCodesTest {

    @Test
    void sameCheckCharactersAsTheRules() {
        Random r = new Random(7);
        for (int n = 0; n < 2000; n++) {
            StringBuilder id = new StringBuilder();
            StringBuilder code = new StringBuilder();
            for (int i = 0; i < 17; i++) {
                id.append((char) ('0' + r.nextInt(10)));
                code.append(CheckCodes.CREDIT_CODE_CHARSET.charAt(r.nextInt(CheckCodes.CREDIT_CODE_CHARSET.length())));
            }
            assertThat(CheckCodes.idCheckChar(id.toString())).isEqualTo(IdNumbers.checkDigit(id.toString()));
            assertThat(CheckCodes.creditCheckChar(code.toString())).isEqualTo(CreditCodes.checkChar(code.toString()));
        }
        assertThat(CheckCodes.CREDIT_CODE_CHARSET).isEqualTo(CreditCodes.CHARSET);
    }
}
