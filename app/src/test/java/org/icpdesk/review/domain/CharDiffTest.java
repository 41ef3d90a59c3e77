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

    @Test
    void withMissingShowsWhatTheReadingDropped() {
        assertThat(CharDiff.withMissing("烟台市芝罘区光明路", "烟台市芝区光明路")).containsExactly(
                new Segment("烟台市芝", true), new Segment("罘", false, true), new Segment("区光明路", true));
        // A substitution shows as the changed characters only.
        assertThat(CharDiff.withMissing("张三丰", "张山丰")).containsExactly(new Segment("张", true), new Segment("山", false),
                new Segment("丰", true));
        assertThat(CharDiff.withMissing("370602197403215980", "37060219740321868X")).noneMatch(Segment::missing);
        assertThat(CharDiff.withMissing("有限责任公司", "有限公司")).containsExactly(new Segment("有限", true),
                new Segment("责任", false, true), new Segment("公司", true));
        assertThat(CharDiff.withMissing("abcd", "ab")).containsExactly(new Segment("ab", true), new Segment("cd", false, true));
        assertThat(CharDiff.withMissing("same", "same")).containsExactly(new Segment("same", true));
        // The read value is the non-missing segments in order, as with of().
        String read = "六盘水市弘毅餐饮管理有限公司";
        assertThat(CharDiff.withMissing("六盘水市弘毅餐饮管理有限责任公司", read).stream().filter(x -> !x.missing())
                .map(Segment::text).reduce("", String::concat)).isEqualTo(read);
    }
}
