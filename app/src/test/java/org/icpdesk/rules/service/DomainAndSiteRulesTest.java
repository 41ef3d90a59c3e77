package org.icpdesk.rules.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.icpdesk.rules.RulesFixtures.check;
import static org.icpdesk.rules.RulesFixtures.codes;
import static org.icpdesk.rules.RulesFixtures.creditCode;
import static org.icpdesk.rules.RulesFixtures.id;
import static org.icpdesk.rules.RulesFixtures.individual;
import static org.icpdesk.rules.RulesFixtures.one;
import static org.icpdesk.rules.RulesFixtures.unit;

import java.util.List;
import org.icpdesk.rules.RulesFixtures.OrderBuilder;
import org.icpdesk.rules.RulesFixtures.SiteBuilder;
import org.icpdesk.rules.domain.Finding;
import org.icpdesk.rules.domain.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Domains, homepage, counts per order and site, order types, service content, remarks, IPs. */
class DomainAndSiteRulesTest {
    private static OrderBuilder withDomain(String domain, String homepage) {
        return unit().with(o -> { o.site(0).domains.set(0, domain); o.site(0).homepageUrl = homepage; });
    }

    private static OrderBuilder unitIn(String province, String region, String city, String areaCode) {
        return unit().with(o -> {
            o.province = province; o.subject.province = province; o.subject.city = city; o.subject.certificateNumber = creditCode(region);
            o.subject.address = city + "中山路1号"; o.subject.residenceAddress = city + "中山路1号";
            o.principal.landline = "086-" + areaCode + "-66123456";
            o.principal.idNumber = id(region, "19800101", "123"); o.site(0).principal = o.principal.copy();
        });
    }

    private static void addSites(OrderBuilder o, int count) {
        for (int i = 1; i <= count; i++) {
            SiteBuilder s = new SiteBuilder();
            s.name = "示例科技分站" + "一二三四五六七八九十".charAt(i - 1);
            s.domains.set(0, "example" + i + ".cn");
            s.homepageUrl = "www.example" + i + ".cn";
            s.principal = o.principal.copy();
            o.sites.add(s);
            o.addMaterial("p" + i, "BACKDROP_PHOTO", "site:" + o.sites.indexOf(s));
        }
    }

    @ParameterizedTest
    @CsvSource({"example.com.cn, www.example.com.cn", "miit.gov.cn, www.miit.gov.cn", "示例.中国, www.示例.中国", "example.bj.cn, www.example.bj.cn",
            "xn--fiqs8s.xn--55qx5d, www.中国.公司", "EXAMPLE.CN, WWW.EXAMPLE.CN"})
    void approvedRootDomainsPass(String domain, String homepage) {
        // 002:431 (ucloud.cn, miit.gov.cn are domains), 002:441 (suffixes .com .cn .net .xyz .公司 .中国 .bj.cn .gov.cn)
        assertThat(check(withDomain(domain, homepage).build())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"io", "me", "co", "dev", "app", "tk", "ai", "zzz"})
    void unapprovedSuffixesAreRefused(String suffix) {
        Finding f = one(check(withDomain("example." + suffix, "www.example." + suffix).build()), "DOM-TLD-NOT-APPROVED");
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.message().zh()).contains("." + suffix);
    }

    @Test
    void beijingIsExceptedFromTheSuffixRule() {
        // 002:441 "(除北京地区)"
        assertThat(codes(check(unitIn("11", "110105", "北京市", "010").with(o -> {
            o.site(0).domains.set(0, "example.io"); o.site(0).homepageUrl = "www.example.io"; }).build()))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"beian.ucloud.cn, ucloud.cn", "beian.miit.gov.cn, miit.gov.cn", "www.example.com.cn, example.com.cn"})
    void subdomainsAreNotRootDomains(String domain, String root) {
        // 002:435 and 002:1637: enter ucloud.cn, not beian.ucloud.cn
        Finding f = one(check(withDomain(domain, "www." + root).build()), "DOM-NOT-ROOT-DOMAIN");
        assertThat(f.message().zh()).contains(root);
        assertThat(f.fields()).containsExactly("sites[0].domains");
    }

    @ParameterizedTest
    @CsvSource({"example.cn, ", "example.cn, example.cn", "example.cn, www.other.cn", "example.cn, ftp.example.cn"})
    void homepageStartsWithWwwAndTheDomain(String domain, String homepage) {
        // 002:444: www.ucloud.cn
        assertThat(one(check(withDomain(domain, homepage).build()), "DOM-HOMEPAGE-URL-INVALID").severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void ipOnlySitesAreRefusedOnce() {
        // 000:206: domains only, no IP filing
        assertThat(codes(check(withDomain("203.0.113.10", "203.0.113.10").build()))).containsExactly("OTHER-IP-ONLY");
    }

    @Test
    void oneDomainPerSite() {
        // 002:3334 (since 2019); the 2018 limit of ten is off in the default profile
        Finding f = one(check(unit().with(o -> o.site(0).domains.add("example.com")).build()), "DOM-TOO-MANY-PER-SITE");
        assertThat(f.fields()).containsExactly("sites[0].domains");
        assertThat(f.ruleId()).isEqualTo("one-domain-per-site");
    }

    @Test
    void threeSitesPerOrderExceptAccessOrders() {
        // 000:203, 002:1847: three new sites per order; access orders unlimited
        var four = unit().with(o -> addSites(o, 3));
        Finding f = one(check(four.build()), "SITE-TOO-MANY-PER-ORDER");
        assertThat(f.fields()).containsExactly("sites");
        assertThat(f.entered()).isEqualTo("4");
        assertThat(codes(check(unit().with(o -> addSites(o, 2)).build()))).isEmpty();
        four.type = "new-access";
        assertThat(codes(check(four.build()))).doesNotContain("SITE-TOO-MANY-PER-ORDER");
    }

    @Test
    void hubeiAndHunanTakeOneSitePerOrder() {
        // 002:4253 "一次备案申请中只允许提交一个网站一个域名"; Hunan 002:4265
        var hubei = unitIn("42", "420106", "武汉市", "027").with(o -> addSites(o, 1));
        Finding f = one(check(hubei.build()), "SITE-TOO-MANY-PER-ORDER");
        assertThat(f.ruleId()).startsWith("42/");
        assertThat(f.message().zh()).contains("湖北省", "1个");
        var hunan = unitIn("43", "430102", "长沙市", "0731").with(o -> addSites(o, 1));
        assertThat(codes(check(hunan.build()))).containsExactly("SITE-TOO-MANY-PER-ORDER");   // not also the site plan
    }

    @Test
    void jiangxiCapsSitesPerSubject() {
        // 002:4207: 7 for units; here the order alone has 8 (with a content-type that needs no remark)
        var jiangxi = unitIn("36", "360102", "南昌市", "0791").with(o -> { addSites(o, 7); o.type = "new-access"; });
        assertThat(one(check(jiangxi.build()), "SITE-QUOTA-EXCEEDED").severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void jiangsuRefusesSomeOrderTypesOnline() {
        // 002:1654
        Finding f = one(check(unitIn("32", "320102", "南京市", "025").with(o -> o.type = "change-site").build()), "OTHER-ORDER-TYPE-UNSUPPORTED");
        assertThat(f.message().zh()).contains("变更网站", "江苏省");
    }

    @Test
    void serviceContentByKindAndProvince() {
        // 001:425 personal sites choose "other" (a warning: 003:957 also offers blogs); Heilongjiang only blogs (002:4048)
        assertThat(one(check(individual().with(o -> o.site(0).contentType = "unit-portal").build()), "SITE-CONTENT-TYPE-INVALID").severity())
                .isEqualTo(Severity.WARNING);
        var heilongjiang = individual().with(o -> {
            o.province = "23"; o.subject.province = "23"; o.subject.city = "哈尔滨市"; o.subject.address = "哈尔滨市南岗区中山路1号";
            o.subject.residenceAddress = "黑龙江省哈尔滨市南岗区中山路1号";
            o.principal.idNumber = id("230103", "19850315", "246"); o.subject.certificateNumber = o.principal.idNumber;
            o.site(0).principal = o.principal.copy();
        });
        Finding f = one(check(heilongjiang.build()), "SITE-CONTENT-TYPE-INVALID");
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.message().zh()).contains("黑龙江省", "博客/个人空间");
        heilongjiang.site(0).contentType = "blog-personal-space";
        assertThat(check(heilongjiang.build())).isEmpty();
        assertThat(codes(check(unit().with(o -> o.site(0).contentType = "casino").build()))).containsExactly("SITE-CONTENT-TYPE-INVALID");
    }

    @Test
    void personalAndOtherSitesDescribeTheirContent() {
        // 003:214 and 003:603
        assertThat(one(check(individual().with(o -> o.site(0).remark = "").build()), "SITE-REMARK-CONTENT-MISSING").fields())
                .containsExactly("sites[0].remark");
        assertThat(codes(check(unit().with(o -> o.site(0).contentType = "other").build()))).containsExactly("SITE-REMARK-CONTENT-MISSING");
    }

    @Test
    void provinceRemarkTexts() {
        // Inner Mongolia 002:3956 (fixed text), Tianjin 002:3976 (template)
        var neimenggu = unitIn("15", "150102", "呼和浩特市", "0471");
        Finding f = one(check(neimenggu.build()), "SITE-REMARK-PROVINCE-TEXT");
        assertThat(f.message().zh()).contains("网站仅做官网展示");
        neimenggu.site(0).remark = "网站仅做官网展示，不涉及在线交易、电子金融、电子商务。";
        assertThat(check(neimenggu.build())).isEmpty();
        var tianjin = unitIn("12", "120104", "天津市", "022");
        assertThat(codes(check(tianjin.build()))).containsExactly("SITE-REMARK-PROVINCE-TEXT");
        tianjin.site(0).remark = "应急联系电话中手机号使用人为深圳市示例科技有限公司的员工张三";
        assertThat(check(tianjin.build())).isEmpty();
    }

    @Test
    void atMostThreeValidIpsPerSite() {
        // 002:2521
        assertThat(one(check(unit().with(o -> o.site(0).ips = List.of("203.0.113.1", "203.0.113.2", "203.0.113.3", "203.0.113.4")).build()),
                "SITE-IP-INVALID").message().zh()).contains("4个");
        assertThat(codes(check(unit().with(o -> o.site(0).ips = List.of("203.0.113.256")).build()))).containsExactly("SITE-IP-INVALID");
    }
}
