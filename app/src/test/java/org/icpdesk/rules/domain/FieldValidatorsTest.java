package org.icpdesk.rules.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Phones, e-mail, addresses and domains, with the seeds' own examples where they give them. */
class FieldValidatorsTest {
    private static final Addresses ADDRESSES = new Addresses(List.of("号", "号院", "号楼", "栋", "幢", "座", "室", "单元", "层", "楼"),
            List.of("一", "二", "三", "十"), List.of("#", "@", "*"));

    @ParameterizedTest
    @ValueSource(strings = {"13800001234", "19912345678", "１３８００００１２３４"})
    void mobilesAccepted(String mobile) {
        assertThat(Phones.isMobile(mobile)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1380000123", "138000012345", "12800001234", "23800001234", "138-0000-1234", "+8613800001234"})
    void mobilesRefused(String mobile) {
        assertThat(Phones.isMobile(mobile)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"086-0755-86013388, 0755", "086-010-62345678, 010", "086-022-7895412, 022", "086-0471-6543210-801, 0471"})
    void landlinesAccepted(String landline, String area) {
        // 003:969 gives 086-0755-86013388
        assertThat(Phones.landline(landline)).map(Phones.Landline::areaCode).contains(area);
    }

    @ParameterizedTest
    @ValueSource(strings = {"086-022-78954**", "0755-86013388", "86-0755-86013388", "086-755-86013388", "086-0755-0123456",
            "086-01-12345678", "086-010-12345678", "086-0755-861", "086 0755 86013388"})
    void landlinesRefused(String landline) {
        // 001:392 shows 086-022-78954** with the last digits masked: not a number one can dial
        assertThat(Phones.landline(landline)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ops@example.cn", "first.last+tag@mail.example.com.cn", "a_b@xn--fiqs8s.cn"})
    void emailsAccepted(String email) {
        assertThat(Emails.isValid(email)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a@b", "ops@example", "ops.example.cn", "ops@@example.cn", ".ops@example.cn", "ops@-example.cn",
            "ops@example.c", "张三@example.cn", "ops＠example.cn"})
    void emailsRefused(String email) {
        assertThat(Emails.isValid(email)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"XX家园7号楼3单元101室", "深圳市南山区科技园南区一路8号3栋501", "XXX路1号院", "朝阳区建国路十号", "A座12层"})
    void addressesWithHouseNumbers(String address) {
        // 002:1785: "XX家园7-3-101" should read "XX家园7号楼3单元101室"; 002:3688: "XXX路1号院"
        assertThat(ADDRESSES.hasHouseNumber(address)).isTrue();
        assertThat(ADDRESSES.abbreviatedNumber(address)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"XXX路1好远", "深圳市南山区科技园", "XX村"})
    void addressesWithoutHouseNumbers(String address) {
        // 002:3688: the typo "XXX路1好远" for "XXX路1号院"
        assertThat(ADDRESSES.hasHouseNumber(address)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"XX家园7-3-101, 7-3-101", "建国路3-201, 3-201"})
    void abbreviatedNumbersAreFound(String address, String abbreviated) {
        assertThat(ADDRESSES.abbreviatedNumber(address)).isEqualTo(abbreviated);
    }

    @ParameterizedTest
    @CsvSource({"'XX路8号#3', '#'", "'XX路8号＠', '@'"})
    void specialCharactersAreFoundAlsoInFullWidth(String address, String character) {
        assertThat(ADDRESSES.specialCharacters(address)).containsExactly(character);
    }

    @ParameterizedTest
    @CsvSource({"example.cn, example.cn", "https://www.Example.CN/index.html, www.example.cn", "xn--fiqs8s.xn--fiqs8s, 中国.中国",
            "ucloud.cn., ucloud.cn", "ＥＸＡＭＰＬＥ。ＣＮ, example.cn", "www.example.cn:8080, www.example.cn"})
    void hostsAreNormalised(String entered, String host) {
        assertThat(Domains.host(entered)).isEqualTo(host);
    }

    @ParameterizedTest
    @CsvSource({"www.ucloud.cn, ucloud.cn, true", "ucloud.cn, ucloud.cn, false", "http://www.example.cn, example.cn, true",
            "www.other.cn, example.cn, false", "www.blog.example.cn, example.cn, true", "'', example.cn, false"})
    void homepageStartsWithWwwAndNamesTheDomain(String url, String domain, boolean ok) {
        // 002:444: "网站首页地址须包含备案的域名,并且只能以www.开头,标准格式为:www.ucloud.cn"
        assertThat(Domains.homepageMatches(url, List.of(domain))).isEqualTo(ok);
    }

    @ParameterizedTest
    @ValueSource(strings = {"203.0.113.10", "[2001:db8::1]", "2001:db8::1"})
    void ipAddressesAreRecognised(String host) {
        assertThat(Domains.isIpAddress(host)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"x.bj.cn, bj.cn", "x.gov.cn, gov.cn", "x.cn, cn", "示例.公司, 公司"})
    void longestSuffixWins(String host, String suffix) {
        var suffixes = List.of(new ReferenceData.Suffix("cn", "seed", "-"), new ReferenceData.Suffix("bj.cn", "seed", "-"),
                new ReferenceData.Suffix("gov.cn", "seed", "-"), new ReferenceData.Suffix("公司", "seed", "-"));
        assertThat(Domains.suffix(host, suffixes).map(ReferenceData.Suffix::suffix)).isEqualTo(Optional.of(suffix));
    }
}
