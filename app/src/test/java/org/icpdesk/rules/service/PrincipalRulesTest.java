package org.icpdesk.rules.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.icpdesk.rules.RulesFixtures.check;
import static org.icpdesk.rules.RulesFixtures.codes;
import static org.icpdesk.rules.RulesFixtures.creditCode;
import static org.icpdesk.rules.RulesFixtures.id;
import static org.icpdesk.rules.RulesFixtures.individual;
import static org.icpdesk.rules.RulesFixtures.one;
import static org.icpdesk.rules.RulesFixtures.unit;

import org.icpdesk.rules.RulesFixtures.OrderBuilder;
import org.icpdesk.rules.domain.Finding;
import org.icpdesk.rules.domain.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Principals: ID numbers, ages, validity, phones, e-mail, legal representative, site principals. Today is 2026-11-22. */
class PrincipalRulesTest {
    /** The same change to the subject principal and (for the unit fixture) the site principal, who is the same person. */
    private static OrderBuilder bothPrincipals(OrderBuilder o, java.util.function.Consumer<org.icpdesk.rules.RulesFixtures.PrincipalBuilder> change) {
        change.accept(o.principal);
        o.sites.forEach(s -> change.accept(s.principal));
        return o;
    }

    @ParameterizedTest
    @CsvSource({
            "440305199001011235, check digit",           // wrong check character
            "44030519900101123x, lower-case x",          // 001:106: X must be upper case
            "440305199002301234, birth date",            // 30 February
            "4403051990010112, 17 digits",
            "990305199001011237, province code"})           // check digit right, region 99 unknown
    void badIdNumbersAreErrors(String idNumber, String enWords) {
        Finding f = one(check(bothPrincipals(unit(), p -> p.idNumber = idNumber).build()).stream()
                .filter(x -> x.fields().contains("principal.idNumber")).toList(), "RSP-ID-NUMBER-INVALID");
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.message().en()).contains(enWords);
        assertThat(f.entered()).isEqualTo(idNumber);
    }

    @Test
    void sitePrincipalIdNumberIsCheckedOnItsOwnPath() {
        var order = unit().with(o -> o.site(0).principal.idNumber = "440305199001011235");
        assertThat(check(order.build())).filteredOn(f -> f.code().equals("RSP-ID-NUMBER-INVALID")).singleElement()
                .satisfies(f -> assertThat(f.fields()).containsExactly("sites[0].principal.idNumber"));
    }

    @Test
    void unitPrincipalUnder16IsUnderage() {
        // 003:158; born 2011-01-01: 15 on 2026-11-22
        var young = bothPrincipals(unit(), p -> p.idNumber = id("440305", "20110101", "123"));
        Finding f = one(check(young.build()), "RSP-UNDERAGE");
        assertThat(f.message().zh()).contains("15周岁", "16周岁");
        var sixteen = bothPrincipals(unit(), p -> p.idNumber = id("440305", "20101122", "123"));
        assertThat(codes(check(sixteen.build()))).doesNotContain("RSP-UNDERAGE");
    }

    @Test
    void individualUnder18NeedsProofOfEmployment() {
        // 003:138
        var minor = bothPrincipals(individual(), p -> p.idNumber = id("440106", "20100101", "246"));
        minor.subject.certificateNumber = minor.principal.idNumber;
        Finding f = one(check(minor.build()), "RSP-MINOR-PROOF-MISSING");
        assertThat(f.message().zh()).contains("就业证明");
        minor.addMaterial("m9", "EMPLOYMENT_PROOF", "principal");
        assertThat(check(minor.build())).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"2026-11-01, expired", "2027-02-21, less than 3 months", "2027-02-22, ", "长期, ", "2040-01-01, "})
    void idValidForThreeMoreMonths(String validTo, String problem) {
        // 001:365 and every province section of 002 (e.g. 002:3923): more than 3 months; 长期 is long-term
        var order = bothPrincipals(unit(), p -> p.idValidTo = validTo);
        if (problem == null) {
            assertThat(check(order.build())).isEmpty();
        } else {
            Finding f = one(check(order.build()).stream().filter(x -> x.fields().contains("principal.idValidTo")).toList(), "RSP-ID-EXPIRING");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message().en()).contains(problem);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"1380000123", "02386013388", ""})
    void mobileIsElevenDigitsStartingWithOne(String mobile) {
        Finding f = one(check(unit().with(o -> o.principal.mobile = mobile).build()), "RSP-PHONE-UNREACHABLE");
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.fields()).containsExactly("principal.mobile");
        if (!mobile.isEmpty()) {
            assertThat(f.message().zh()).doesNotContain(mobile.substring(3, mobile.length() - 4));   // masked
        }
    }

    @Test
    void emergencyPhoneIsAMobile() {
        // 001:393: the emergency phone is the most used mobile
        Finding f = one(check(unit().with(o -> o.principal.emergencyPhone = "086-0755-86013388").build()), "RSP-PHONE-UNREACHABLE");
        assertThat(f.fields()).containsExactly("principal.emergencyPhone");
    }

    @Test
    void landlineFormatAndRequiredForUnits() {
        // 003:969 (format), 003:583 (units must give one)
        assertThat(one(check(unit().with(o -> o.principal.landline = "0755-86013388").build()), "RSP-LANDLINE-INVALID").fields())
                .containsExactly("principal.landline");
        assertThat(one(check(unit().with(o -> o.principal.landline = null).build()), "RSP-LANDLINE-INVALID").message().zh()).contains("未填写");
        assertThat(codes(check(individual().build()))).doesNotContain("RSP-LANDLINE-INVALID");
    }

    @Test
    void landlineAreaCodeMatchesTheCity() {
        // 003:969: the area code matches the address region
        Finding f = one(check(unit().with(o -> o.principal.landline = "086-020-86013388").build()), "RSP-LANDLINE-AREA-MISMATCH");
        assertThat(f.message().zh()).contains("020", "深圳市", "0755");
        assertThat(codes(check(unit().with(o -> o.subject.city = "深圳").build()))).doesNotContain("RSP-LANDLINE-AREA-MISMATCH");
    }

    @Test
    void emailMustBeValid() {
        Finding f = one(check(unit().with(o -> o.principal.email = "ops@example").build()), "RSP-EMAIL-INVALID");
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(codes(check(unit().with(o -> o.principal.email = null).build()))).contains("RSP-EMAIL-INVALID");
    }

    @Test
    void provincesWantTheLegalRepresentativeAsPrincipal() {
        // 002:452; Guangdong is one of the 27 provinces
        var other = unit().with(o -> { o.principal.name = "王五"; o.principal.idNumber = id("440305", "19880808", "555"); });
        Finding f = one(check(other.build()), "RSP-NOT-LEGAL-REP");
        assertThat(f.ruleId()).isEqualTo("44/principal-must-be-legal-rep");
        assertThat(f.message().zh()).contains("广东省", "张三");
        // Guangdong exempts public institutions (002:4173 area)
        other.subject.certificateType = "INSTITUTION_CERTIFICATE";
        assertThat(codes(check(other.build()))).doesNotContain("RSP-NOT-LEGAL-REP");
    }

    @Test
    void financeLikeUnitNamesNeedTheLegalRepresentativeEverywhere() {
        // 003:152: 投资管理/担保/典当/贷款/理财; Guangxi has no legal-rep rule of its own
        var guangxi = unit().with(o -> {
            o.province = "45"; o.subject.province = "45"; o.subject.city = "南宁市"; o.subject.certificateNumber = creditCode("450103");
            o.subject.address = "南宁市青秀区民族大道100号"; o.subject.residenceAddress = "南宁市青秀区民族大道100号";
            o.principal.landline = "086-0771-5123456"; o.principal.name = "王五";
        });
        assertThat(codes(check(guangxi.build()))).doesNotContain("RSP-NOT-LEGAL-REP");
        guangxi.subject.name = "南宁市示例融资担保有限公司";
        Finding f = one(check(guangxi.build()), "RSP-NOT-LEGAL-REP");
        assertThat(f.ruleId()).isEqualTo("legal-rep-for-finance-like-names");
        assertThat(f.message().zh()).contains("担保");
    }

    @Test
    void individualSitePrincipalIsTheSubject() {
        // 001:436
        var order = individual().with(o -> { o.site(0).principal.name = "王五"; o.site(0).principal.idNumber = id("440106", "19800101", "777"); });
        Finding f = one(check(order.build()), "RSP-SITE-PRINCIPAL-NOT-SUBJECT");
        assertThat(f.fields()).containsExactly("sites[0].principal.name", "sites[0].principal.idNumber");
    }

    @Test
    void jiangsuPrincipalWhoIsNotTheLegalRepMustAlsoBeSitePrincipal() {
        // 002:4108
        var jiangsu = unit().with(o -> {
            o.province = "32"; o.subject.province = "32"; o.subject.city = "南京市"; o.subject.certificateNumber = creditCode("320102");
            o.subject.address = "南京市玄武区中山路1号"; o.subject.residenceAddress = "南京市玄武区中山路1号";
            o.principal.landline = "086-025-84561234"; o.principal.name = "王五"; o.principal.idNumber = id("320102", "19880808", "555");
            o.site(0).principal.name = "赵六"; o.site(0).principal.idNumber = id("320102", "19900909", "666");
            o.addMaterial("m7", "ID_CARD_FRONT", "site:0").addMaterial("m8", "ID_CARD_BACK", "site:0")
                    .addMaterial("m9", "AUTHORIZATION_LETTER", "site:0");
        });
        assertThat(codes(check(jiangsu.build()))).containsExactly("RSP-SITE-PRINCIPAL-MUST-MATCH");
        jiangsu.site(0).principal = jiangsu.principal.copy();
        assertThat(check(jiangsu.build())).isEmpty();
    }

    @Test
    void fujianSitePrincipalNotLegalRepUsesAnIdCard() {
        // 002:4140
        var fujian = unit().with(o -> {
            o.province = "35"; o.subject.province = "35"; o.subject.city = "福州市"; o.subject.certificateNumber = creditCode("350102");
            o.subject.address = "福州市鼓楼区五四路1号"; o.subject.residenceAddress = "福州市鼓楼区五四路1号";
            o.principal.landline = "086-0591-87654321";
            o.site(0).principal.name = "赵六"; o.site(0).principal.idType = "PASSPORT"; o.site(0).principal.idNumber = "E12345678";
            o.addMaterial("m9", "AUTHORIZATION_LETTER", "site:0");
        });
        Finding f = one(check(fujian.build()), "RSP-ID-TYPE-NOT-ALLOWED");
        assertThat(f.fields()).containsExactly("sites[0].principal.idType");
        assertThat(f.message().zh()).contains("护照", "居民身份证");
    }

    @Test
    void outOfProvinceIndividualsFollowTheProvincePolicy() {
        // Henan refuses IDs from other provinces (002:4224 area); Guangdong wants the residence permit and the query screenshot
        var henan = individual().with(o -> { o.province = "41"; o.subject.province = "41"; o.subject.city = "郑州市";
            o.subject.address = "郑州市金水区花园路1号"; o.subject.residenceAddress = "河南省郑州市金水区花园路1号"; });
        Finding refused = one(check(henan.build()), "SUB-OUT-OF-PROVINCE-REFUSED");
        assertThat(refused.severity()).isEqualTo(Severity.WARNING);
        assertThat(refused.message().zh()).contains("广东省", "河南省");
        var guangdong = individual().with(o -> bothPrincipals(o, p -> p.idNumber = id("430102", "19850315", "246")));
        guangdong.subject.certificateNumber = guangdong.principal.idNumber;
        assertThat(check(guangdong.build())).extracting(Finding::code).containsExactly("SUB-RESIDENCE-PERMIT-MISSING", "SUB-RESIDENCE-PERMIT-MISSING");
        guangdong.addMaterial("m8", "RESIDENCE_PERMIT", "principal").addMaterial("m9", "RESIDENCE_PERMIT_QUERY", "principal");
        assertThat(check(guangdong.build())).isEmpty();
    }
}
