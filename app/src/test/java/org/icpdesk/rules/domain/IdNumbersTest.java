package org.icpdesk.rules.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IdNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {"11010519491231002X", "440524188001010014", "110101199003070134"})
    void acceptsValidNumbers(String id) {
        assertThat(IdNumbers.validate(id)).isEmpty();
        assertThat(IdNumbers.isValid(id)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
            "11010519491231002X, X",
            "440524188001010014, 4",
            "110101199003070134, 4"})
    void computesTheCheckCharacter(String id, char expected) {
        assertThat(IdNumbers.checkDigit(id.substring(0, 17))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
            "110105194912310021, CHECK_DIGIT",
            "11010519491231002x, LOWER_CASE_X",
            "110105194913310025, BIRTH_DATE",
            "110105194902300027, BIRTH_DATE",
            "11010519491231002, FORMAT",
            "11010519491231002XX, FORMAT",
            "1101051949123100AX, FORMAT",
            "11010519491231002Y, FORMAT",
            "１１０１０５１９４９１２３１００２Ｘ, FORMAT"})
    void reportsTheFirstProblem(String id, IdNumbers.Problem problem) {
        assertThat(IdNumbers.validate(id)).contains(problem);
        assertThat(IdNumbers.isValid(id)).isFalse();
    }

    @Test
    void rejectsNullAndEmpty() {
        assertThat(IdNumbers.validate(null)).contains(IdNumbers.Problem.FORMAT);
        assertThat(IdNumbers.validate("")).contains(IdNumbers.Problem.FORMAT);
    }

    @Test
    void everyWrongCheckCharacterFails() {
        String first17 = "44030519900101123";
        char right = IdNumbers.checkDigit(first17);
        for (char c : "0123456789X".toCharArray()) {
            assertThat(IdNumbers.isValid(first17 + c)).as("check char %s", c).isEqualTo(c == right);
        }
    }

    @Test
    void readsBirthDateSexRegionAndAge() {
        String id = "11010519491231002X";
        assertThat(IdNumbers.birthDate(id)).contains(LocalDate.of(1949, 12, 31));
        assertThat(IdNumbers.sex(id)).contains(IdNumbers.Sex.FEMALE);
        assertThat(IdNumbers.sex("110101199003070134")).contains(IdNumbers.Sex.MALE);
        assertThat(IdNumbers.regionCode(id)).contains("110105");
        assertThat(IdNumbers.ageOn(id, LocalDate.of(2026, 11, 22))).hasValue(76);
        assertThat(IdNumbers.ageOn(id, LocalDate.of(1949, 12, 30))).isEmpty();
        assertThat(IdNumbers.ageOn("440305201011221234", LocalDate.of(2026, 11, 21))).hasValue(15);
        assertThat(IdNumbers.ageOn("440305201011221234", LocalDate.of(2026, 11, 22))).hasValue(16);
    }

    @Test
    void birthDateIgnoresTheCheckCharacter() {
        assertThat(IdNumbers.birthDate("110105194912310021")).contains(LocalDate.of(1949, 12, 31));
        assertThat(IdNumbers.birthDate("11010519491331")).isEmpty();
        assertThat(IdNumbers.birthDate("110105")).isEmpty();
        assertThat(IdNumbers.birthDate(null)).isEmpty();
    }

    @Test
    void checkDigitNeedsSeventeenDigits() {
        assertThatThrownBy(() -> IdNumbers.checkDigit("1101051949123100")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IdNumbers.checkDigit("1101051949123100A")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IdNumbers.checkDigit(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
