package org.icpdesk.rules.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.icpdesk.rules.RulesFixtures.check;
import static org.icpdesk.rules.RulesFixtures.codes;
import static org.icpdesk.rules.RulesFixtures.creditCode;
import static org.icpdesk.rules.RulesFixtures.id;
import static org.icpdesk.rules.RulesFixtures.individual;
import static org.icpdesk.rules.RulesFixtures.one;
import static org.icpdesk.rules.RulesFixtures.unit;

import org.icpdesk.order.domain.PreApproval;
import org.icpdesk.rules.RulesFixtures.OrderBuilder;
import org.icpdesk.rules.domain.Finding;
import org.icpdesk.rules.domain.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Site names (001:448-483, 002:1740-1771). */
class SiteNameRulesTest {
    private static OrderBuilder unitNamed(String name) {
        return unit().with(o -> o.site(0).name = name);
    }

    private static OrderBuilder personalNamed(String name) {
        return individual().with(o -> o.site(0).name = name);
    }

    /** An individual filing in another province (with the IDs of that province, so only the name rules differ). */
    private static OrderBuilder personalIn(String province, String region, String city, String name) {
        return individual().with(o -> {
            o.province = province; o.subject.province = province; o.subject.city = city;
            o.subject.address = city + "中山路1号"; o.subject.residenceAddress = city + "中山路1号";
            o.principal.idNumber = id(region, "19850315", "246"); o.subject.certificateNumber = o.principal.idNumber;
            o.site(0).principal = o.principal.copy(); o.site(0).name = name;
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"示例科技官网", "示例科技 Blog", "深圳示例云"})
    void validUnitNames(String name) {
        assertThat(check(unitNamed(name).build())).isEmpty();
    }

    @Test
    void atLeastThreeChineseCharacters() {
        // 001:450 "使用3个或3个以上汉字"
        Finding f = one(check(unitNamed("示例AB").build()), "NAME-TOO-SHORT");
        assertThat(f.message().zh()).contains("2个汉字", "3个");
        assertThat(f.fields()).containsExactly("sites[0].name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ExampleTech", "123456", "example.cn", "example", "www.example.cn", "demo.com"})
    void digitsLatinOrTheDomainAreRefusedOnce(String name) {
        // 001:451 and 001:453: not digits or Latin only, not the domain; reported once, not also as too short
        assertThat(codes(check(unitNamed(name).build()))).containsExactly("NAME-DIGITS-LATIN-OR-DOMAIN");
    }

    @ParameterizedTest
    @CsvSource({"'示例科技★官网', ★", "'示例科技-官网', -", "'示例科技（官网）', （"})
    void symbolsAreRefused(String name, String symbol) {
        // 001:451 "不能包含特殊符号"
        Finding f = one(check(unitNamed(name).build()), "NAME-SPECIAL-SYMBOLS");
        assertThat(f.message().zh()).contains(symbol.equals("（") ? "(" : symbol);
    }

    @Test
    void nationalWordsAsPrefixAreErrorsAnywhereWarnings() {
        // 001:452 as prefix (both seeds agree) vs 002:1751 anywhere (UCloud only): see profiles.yaml
        Finding prefix = one(check(unitNamed("中国示例科技").build()), "NAME-NATIONAL-WORDS");
        assertThat(prefix.severity()).isEqualTo(Severity.ERROR);
        assertThat(prefix.ruleId()).isEqualTo("site-name-national-words-prefix");
        Finding anywhere = one(check(unitNamed("示例人民服务网").build()), "NAME-NATIONAL-WORDS");
        assertThat(anywhere.severity()).isEqualTo(Severity.WARNING);
        assertThat(anywhere.message().zh()).contains("人民");
        // State organs may use them
        var organ = unitNamed("中国示例科技").with(o -> o.subject.certificateType = "GOVERNMENT_UNIFIED_CODE_CERTIFICATE");
        assertThat(codes(check(organ.build()))).doesNotContain("NAME-NATIONAL-WORDS");
    }

    @Test
    void sensitiveWords() {
        // 001:454: 反腐、赌博、廉政、色情
        assertThat(codes(check(unitNamed("示例廉政教育").build()))).containsExactly("NAME-SENSITIVE-WORDS");
    }

    @Test
    void interactiveServicesNeedAPreApproval() {
        // 001:466: 博客、论坛、在线、社区、交流; for units only UCloud says so (a warning)
        Finding personal = one(check(personalNamed("李四摄影在线").build()), "NAME-INTERACTIVE-SERVICE");
        assertThat(personal.severity()).isEqualTo(Severity.ERROR);
        assertThat(one(check(unitNamed("示例科技在线").build()), "NAME-INTERACTIVE-SERVICE").severity()).isEqualTo(Severity.WARNING);
        var approved = personalNamed("李四摄影在线").with(o -> {
            o.site(0).preApprovals.add(new PreApproval("bbs", "BBS-2026-001"));
            o.addMaterial("m9", "PRE_APPROVAL", "site:0");
        });
        assertThat(check(approved.build())).isEmpty();
    }

    @Test
    void personalGenericAndCompanyWords() {
        // 001:465 (个人空间, 网站, 工作室 ...), 001:460 (no company): reported once with the words
        Finding f = one(check(personalNamed("李四的个人空间").build()), "NAME-PERSONAL-GENERIC-WORDS");
        assertThat(f.message().zh()).contains("个人空间");
        assertThat(one(check(personalNamed("李四摄影公司").build()), "NAME-PERSONAL-GENERIC-WORDS").ruleId())
                .isEqualTo("reference/personal-site-name-unit-words");
        assertThat(one(check(personalNamed("李四摄影工作室官方").build()), "NAME-PERSONAL-GENERIC-WORDS").message().zh())
                .contains("工作室", "官方");
        assertThat(codes(check(unitNamed("示例科技公司网站").build()))).isEmpty();
    }

    @Test
    void provinceWordListsForPersonalSites() {
        // 001:468-483: Beijing forbids 团购 and 社区 among others
        Finding f = one(check(personalIn("11", "110105", "北京市", "李四美食团购").build()), "NAME-PROVINCE-FORBIDDEN-WORDS");
        assertThat(f.ruleId()).isEqualTo("11/personal-site-name-forbidden-words");
        assertThat(f.message().zh()).contains("团购", "北京市");
        // 社区 is on both national lists (reported once, as interactive) and on Beijing's (reported there too)
        assertThat(codes(check(personalIn("11", "110105", "北京市", "李四美食社区").build())))
                .containsExactlyInAnyOrder("NAME-INTERACTIVE-SERVICE", "NAME-PROVINCE-FORBIDDEN-WORDS");
        // Guangdong's list has no 团购
        assertThat(codes(check(personalNamed("李四美食团购").build()))).doesNotContain("NAME-PROVINCE-FORBIDDEN-WORDS");
        // Henan forbids 设计 (001:474)
        assertThat(codes(check(personalIn("41", "410105", "郑州市", "李四平面设计作品").build()))).contains("NAME-PROVINCE-FORBIDDEN-WORDS");
    }

    @Test
    void jiangsuPersonalSitesFollowTheTemplate() {
        // 001:467: 某某的个人博客 / 某某的个人主页; the generic and interactive lists do not apply there
        assertThat(check(personalIn("32", "320102", "南京市", "李四的个人博客").build())).isEmpty();
        assertThat(check(personalIn("32", "320102", "南京市", "李四的个人主页").build())).isEmpty();
        Finding f = one(check(personalIn("32", "320102", "南京市", "李四摄影作品集").build()), "NAME-JIANGSU-FORMAT");
        assertThat(f.message().zh()).contains("江苏省");
    }

    @Test
    void jiangxiNamesAreUniqueWithinTheOrder() {
        // 002:4206
        var jiangxi = unit().with(o -> {
            o.province = "36"; o.subject.province = "36"; o.subject.city = "南昌市"; o.subject.certificateNumber = creditCode("360102");
            o.subject.address = "南昌市东湖区八一大道1号"; o.subject.residenceAddress = "南昌市东湖区八一大道1号";
            o.principal.landline = "086-0791-86123456";
            var second = new org.icpdesk.rules.RulesFixtures.SiteBuilder();
            second.domains.set(0, "example2.cn");
            second.homepageUrl = "www.example2.cn";
            o.sites.add(second);
            o.addMaterial("m7", "BACKDROP_PHOTO", "site:1");
        });
        Finding f = one(check(jiangxi.build()), "NAME-DUPLICATE");
        assertThat(f.fields()).containsExactly("sites[1].name");
    }
}
