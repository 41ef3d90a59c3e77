package org.icpdesk.review.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.icpdesk.review.domain.CharDiff.Segment;
import org.junit.jupiter.api.Test;

class CharDiffTest {
    @Test
    void marksTheDigitsTheCertificateReadsDifferently() {
        assertThat(CharDiff.of("440305199001011234", "440305199001011235"))
                .containsExactly(new Segment("44030519900101123", true), new Segment("5", false));
    }

    @Test
    void marksChineseCharactersAndInsertions() {
        assertThat(CharDiff.of("张三丰", "张山丰")).containsExactly(new Segment("张", true), new Segment("山", false), new Segment("丰", true));
        assertThat(CharDiff.of("abc", "abXc")).containsExactly(new Segment("ab", true), new Segment("X", false), new Segment("c", true));
    }

    @Test
    void aDroppedCharacterLeavesTheRestSame() {
        assertThat(CharDiff.of("北京市朝阳区", "北京朝阳区")).containsExactly(new Segment("北京朝阳区", true));
    }

    @Test
    void equalAndEmpty() {
        assertThat(CharDiff.of("same", "same")).containsExactly(new Segment("same", true));
        assertThat(CharDiff.of("", "新")).containsExactly(new Segment("新", false));
        assertThat(CharDiff.of("x", "")).isEqualTo(List.of());
    }
}
