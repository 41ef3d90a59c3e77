package org.icpdesk.rules.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.icpdesk.rules.RulesFixtures.check;
import static org.icpdesk.rules.RulesFixtures.codes;
import static org.icpdesk.rules.RulesFixtures.id;
import static org.icpdesk.rules.RulesFixtures.one;
import static org.icpdesk.rules.RulesFixtures.unit;

import org.icpdesk.rules.RulesFixtures;
import org.icpdesk.rules.domain.Finding;
import org.icpdesk.rules.domain.RegionCodes;
import org.icpdesk.rules.domain.Severity;
import org.junit.jupiter.api.Test;

/** The GB/T 2260 prefecture and county table (rules/regions.yaml) and the checks that use it. */
class RegionCodesTest {
    private final RegionCodes codes = RulesFixtures.service().data().reference().regionCodes();

    @Test
    void everyPrefectureOfTheMainlandIsListed() {
        assertThat(codes.prefectures()).hasSizeGreaterThanOrEqualTo(330);
        assertThat(codes.counties()).hasSizeGreaterThanOrEqualTo(2800);
        assertThat(codes.prefectureName("130102")).contains("石家庄市");
        assertThat(codes.countyName("130102")).contains("长安区");
        assertThat(codes.prefectureName("152200")).contains("兴安盟");          // 兴安盟, area code 0482 (issue 5)
        assertThat(codes.prefectureName("440305")).contains("深圳市");
        assertThat(codes.prefectureName("110101")).isEmpty();                  // 市辖区 is a grouping, not a place
        assertThat(codes.knownPrefecture("110101")).isTrue();
        assertThat(codes.knownPrefecture("139901")).isFalse();
    }

    @Test
    void addressesWithoutTheProvinceAreFoundByTheirPrefecture() {
        assertThat(codes.provinceOfPrefectureAt("石家庄市长安区中山东路1号")).contains("13");
        assertThat(codes.provinceOfPrefectureAt("兴安盟乌兰浩特市兴安南大街2号")).contains("15");
        assertThat(codes.provinceOfPrefectureAt("人民路1号")).isEmpty();
    }

    @Test
    void anIdNumberOfAnUnlistedPrefectureIsAWarning() {
        String unlisted = id("139901", "19900101", "123");                     // Hebei has no prefecture 99
        var order = unit().with(o -> {
            o.principal.idNumber = unlisted;
            o.sites.forEach(s -> s.principal.idNumber = unlisted);
        });
        Finding f = one(check(order.build()).stream().filter(x -> x.fields().contains("principal.idNumber")).toList(),
                "RSP-ID-NUMBER-INVALID");
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.message().en()).contains("1399", "GB/T 2260");
        assertThat(codes(check(unit().build()))).doesNotContain("RSP-ID-NUMBER-INVALID");
    }
}
