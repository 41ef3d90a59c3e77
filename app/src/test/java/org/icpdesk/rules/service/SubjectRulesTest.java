package org.icpdesk.rules.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.icpdesk.rules.RulesFixtures.check;
import static org.icpdesk.rules.RulesFixtures.codes;
import static org.icpdesk.rules.RulesFixtures.creditCode;
import static org.icpdesk.rules.RulesFixtures.individual;
import static org.icpdesk.rules.RulesFixtures.one;
import static org.icpdesk.rules.RulesFixtures.unit;

import java.util.List;
import org.icpdesk.rules.domain.Finding;
import org.icpdesk.rules.domain.Severity;
import org.junit.jupiter.api.Test;

/** The subject: bureau, certificate number, kind, communication address, investor. */
class SubjectRulesTest {
    @Test
    void cleanOrdersHaveNoFindings() {
        assertThat(check(unit().build())).isEmpty();
        assertThat(check(individual().build())).isEmpty();
    }

    @Test
    void bureauProvinceDifferentFromSubjectProvinceIsAnError() {
        Finding f = one(check(unit().with(o -> o.province = "43").build()), "SUB-ADDRESS-REGION-MISMATCH");
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.fields()).containsExactly("province", "subject.province");
        assertThat(f.message().zh()).contains("湖南省", "广东省");
        assertThat(f.message().en()).contains("Hunan", "Guangdong");
        assertThat(f.ruleId()).isEqualTo("reference/bureau-province-matches-subject");
        assertThat(f.ruleDataVersion()).isEqualTo(org.icpdesk.rules.RulesFixtures.service().dataVersion());
    }

    @Test
    void creditCodeFailingGb32100IsAnError() {
        String good = creditCode("440300");
        String bad = good.substring(0, 17) + (good.charAt(17) == '0' ? '1' : '0');
        Finding f = one(check(unit().with(o -> o.subject.certificateNumber = bad).build()), "SUB-CERT-NUMBER-INVALID");
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.entered()).isEqualTo(bad);
        assertThat(f.message().en()).contains("GB 32100");
        assertThat(codes(check(unit().with(o -> o.subject.certificateNumber = good.toLowerCase()).build()))).contains("SUB-CERT-NUMBER-INVALID");
    }

    @Test
    void creditCodeFromAnotherProvinceIsAWarning() {
        Finding f = one(check(unit().with(o -> o.subject.certificateNumber = creditCode("110105")).build()), "SUB-ADDRESS-REGION-MISMATCH");
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.fields()).contains("subject.certificateNumber");
        assertThat(f.message().zh()).contains("北京市");
    }

    @Test
    void individualIdNumberAsCertificateIsChecked() {
        // 001:106: an X in an ID number is upper case
        List<Finding> f = check(individual().with(o -> o.subject.certificateNumber = "11010519491231002x").build());
        assertThat(one(f, "SUB-CERT-NUMBER-INVALID").message().zh()).contains("小写x");
    }

    @Test
    void unitWithAPersonalDocumentIsAKindMismatch() {
        Finding f = one(check(unit().with(o -> o.subject.certificateType = "ID_CARD").build()), "SUB-KIND-MISMATCH");
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.message().zh()).contains("居民身份证");
        assertThat(codes(check(unit().with(o -> o.subject.certificateType = "LICENCE_OF_MARS").build()))).contains("SUB-KIND-MISMATCH");
    }

    @Test
    void addressWithoutHouseNumberNeedsTheRemark() {
        // 001:351 and 002:1787: no house number, unless the remark says it is the most detailed address
        Finding f = one(check(unit().with(o -> o.subject.address = "深圳市南山区科技园").build()), "SUB-ADDRESS-NOT-DETAILED");
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.message().zh()).contains("此地址已是最详细地址");
        for (String remark : List.of("此地址已是最详细地址", "XXX街道(此为最详细地址)", "主办单位通信地址为更详细地址")) {
            assertThat(check(unit().with(o -> { o.subject.address = "深圳市南山区科技园"; o.subject.remark = remark; }).build())).isEmpty();
        }
    }

    @Test
    void abbreviatedHouseNumberIsNotDetailed() {
        // 002:1785: "XX家园7-3-101" is to be written "XX家园7号楼3单元101室"
        Finding f = one(check(unit().with(o -> o.subject.address = "深圳市南山区XX家园7-3-101").build()), "SUB-ADDRESS-NOT-DETAILED");
        assertThat(f.message().zh()).contains("7-3-101");
        assertThat(check(unit().with(o -> o.subject.address = "深圳市南山区XX家园7号楼3单元101室").build())).isEmpty();
    }

    @Test
    void specialCharactersInTheAddressAreARegionFinding() {
        Finding f = one(check(unit().with(o -> o.subject.address = "深圳市南山区科技园8号#501").build()), "SUB-ADDRESS-REGION-MISMATCH");
        assertThat(f.fields()).containsExactly("subject.address");
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void unitCertificateAddressInAnotherProvinceIsAFinding() {
        // 002:1785: region and licence domicile may not lie in different provinces
        Finding f = one(check(unit().with(o -> o.subject.residenceAddress = "北京市海淀区中关村大街1号").build()), "SUB-ADDRESS-REGION-MISMATCH");
        assertThat(f.fields()).containsExactly("subject.province", "subject.residenceAddress");
    }

    @Test
    void tianjinHuayuanDistrictFollowsTheRingRoad() {
        // 002:3973: 华苑 inside the ring is 南开区, outside 西青区
        var tianjin = unit().with(o -> {
            o.province = "12"; o.subject.province = "12"; o.subject.city = "天津市"; o.subject.certificateNumber = creditCode("120104");
            o.subject.address = "天津市华苑产业区海泰西路18号"; o.subject.residenceAddress = "天津市华苑产业区海泰西路18号";
            o.principal.landline = "086-022-23456789";
        });
        tianjin.subject.district = "河西区";
        assertThat(one(check(tianjin.build()), "SUB-ADDRESS-REGION-MISMATCH").fields()).contains("subject.district");
        tianjin.subject.district = "西青区";
        assertThat(codes(check(tianjin.build()))).doesNotContain("SUB-ADDRESS-REGION-MISMATCH");
    }

    @Test
    void investorHoldsTheLegalRepresentativeOrTheUnitName() {
        // 001:352; Ningxia 002:4284 wants the legal representative only
        assertThat(check(unit().with(o -> o.subject.investor = "深圳市示例科技有限公司").build())).isEmpty();
        Finding f = one(check(unit().with(o -> o.subject.investor = "某某控股集团").build()), "SUB-INVESTOR-INVALID");
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        var ningxia = unit().with(o -> {
            o.province = "64"; o.subject.province = "64"; o.subject.city = "银川市"; o.subject.certificateNumber = creditCode("640104");
            o.subject.address = "银川市兴庆区解放西街1号"; o.subject.residenceAddress = "宁夏回族自治区银川市兴庆区解放西街1号";
            o.principal.landline = "086-0951-6012345"; o.subject.investor = "深圳市示例科技有限公司";
        });
        assertThat(one(check(ningxia.build()), "SUB-INVESTOR-INVALID").message().zh()).contains("宁夏");
    }

    @Test
    void foreignIndividualWithoutResidencePermitIsNotEligible() {
        var order = individual().with(o -> { o.principal.idType = "PASSPORT"; o.principal.idNumber = "E12345678"; o.subject.certificateType = "PASSPORT";
            o.site(0).principal = o.principal.copy(); });
        assertThat(codes(check(order.build()))).contains("SUB-NOT-ELIGIBLE");
        order.addMaterial("m9", "RESIDENCE_PERMIT", "principal");
        assertThat(codes(check(order.build()))).doesNotContain("SUB-NOT-ELIGIBLE");
    }
}
