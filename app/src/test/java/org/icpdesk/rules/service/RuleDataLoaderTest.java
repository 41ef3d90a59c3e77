package org.icpdesk.rules.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.icpdesk.rules.RulesFixtures;
import org.icpdesk.rules.domain.ChecklistItem;
import org.icpdesk.rules.domain.Rule;
import org.icpdesk.rules.domain.RuleCatalogue;
import org.icpdesk.rules.domain.RulesEngine;
import org.junit.jupiter.api.Test;

class RuleDataLoaderTest {
    private final RuleData data = RulesFixtures.service().data();

    @Test
    void loadsTheWholeCatalogue() {
        RuleCatalogue c = data.catalogue();
        // Counts stated in the headers of the two YAML files.
        assertThat(c.reasons()).hasSize(120);
        assertThat(c.ruleTypes()).hasSize(37);
        assertThat(c.nationalRules()).hasSize(93);
        assertThat(c.provinces()).hasSize(31);
        assertThat(c.allRules()).hasSize(442);
        assertThat(c.dataVersion()).matches("pr1\\.rr1\\.ref1\\.prof1\\+[0-9a-f]{8}");
        Rule jiangsu = c.province("32").orElseThrow().rules().stream().filter(r -> r.id().equals("personal-site-name-template"))
                .findFirst().orElseThrow();
        assertThat(jiangsu.reason()).isEqualTo("NAME-JIANGSU-FORMAT");
        assertThat(jiangsu.params().string("pattern")).isPresent();
        assertThat(jiangsu.source()).isEqualTo("001_806de07e981a3a3a.txt:467");
        // A rule without its own reason takes its type's default.
        Rule age = c.nationalRules().stream().filter(r -> r.id().equals("unit-principal-min-age")).findFirst().orElseThrow();
        assertThat(age.reason()).isEqualTo("RSP-UNDERAGE");
        assertThat(age.params().integer("min_years")).hasValue(16);
        assertThat(c.reason("RSP-ID-EXPIRING").orElseThrow().check()).isEqualTo("auto");
    }

    @Test
    void referenceDataNamesItsSources() {
        assertThat(data.reference().approvedSuffixes()).extracting(s -> s.suffix()).contains("com", "cn", "net", "xyz", "公司", "中国", "bj.cn", "gov.cn");
        assertThat(data.reference().approvedSuffixes()).allSatisfy(s -> assertThat(s.source()).isNotBlank());
        assertThat(data.reference().refusedSuffixes()).extracting(s -> s.suffix()).contains("io", "me", "co", "dev", "app", "tk");
        assertThat(data.reference().areaCodes().get("兴安盟").code()).isEqualTo("0482");
        assertThat(data.reference().regions()).hasSize(34);
    }

    /** The checkable rules the engine leaves to a person, because they need data an order does not carry. */
    @Test
    void everyCheckableRuleIsDecidedExceptThoseNeedingBackOfficeData() {
        List<String> undecided = data.catalogue().allRules().stream().filter(r -> r.checkable() && !RulesEngine.decides(r))
                .map(Rule::qualifiedId).toList();
        assertThat(undecided).containsExactlyInAnyOrder(
                "principal-consistent-across-sites", "domain-approved-registrar", "domain-within-term", "domain-real-name-verified",
                "domain-real-name-age", "domain-registrant-equals-subject", "domain-registrant-mainland", "change-keeps-domains",
                "access-order-per-site-number", "account-real-name-matches-subject", "kingsoft-account-quota", "tencent-account-quota",
                "ucloud-subject-quota", "ucloud-site-quota", "resource-term-3-months", "kingsoft-instance-quota", "image-format-size",
                "photo-is-site-principal", "backdrop-photo-format", "11/transfer-non-standard-refused", "36/transfer-outbound-only",
                "36/transfer-non-standard-refused", "37/change-domain-real-name", "42/mobile-local",
                "61/site-name-not-filed-before-unit", "61/site-name-not-filed-before-individual");
    }

    @Test
    void checklistHoldsTheProvincePromptsForTheSubjectKind() {
        var service = RulesFixtures.service();
        List<ChecklistItem> beijingUnit = service.checklist("11", "unit", "example-cloud");
        assertThat(beijingUnit).extracting(ChecklistItem::ruleId)
                .contains("11/certificate-complete-edges", "unit-site-name-relates-to-subject", "domain-approved-registrar")
                .doesNotContain("site-name-min-han-chars", "personal-site-name-no-industry", "handheld-unit-certificate");
        assertThat(beijingUnit).filteredOn(i -> i.ruleId().equals("11/certificate-complete-edges")).singleElement()
                .satisfies(i -> {
                    assertThat(i.why()).isEqualTo(ChecklistItem.Why.REVIEWER_JUDGES);
                    assertThat(i.code()).isEqualTo("DOC-INCOMPLETE");
                    assertThat(i.source()).isEqualTo("002_ad2d69f272a4f872.txt:3922");
                });
        assertThat(beijingUnit).filteredOn(i -> i.ruleId().equals("domain-approved-registrar")).singleElement()
                .extracting(ChecklistItem::why).isEqualTo(ChecklistItem.Why.NEEDS_BACK_OFFICE_DATA);
        List<ChecklistItem> jiangxiIndividual = service.checklist("36", "individual", null);
        assertThat(jiangxiIndividual).extracting(ChecklistItem::ruleId)
                .contains("36/in-season-handheld-id-photo", "personal-site-name-no-industry")
                .doesNotContain("11/certificate-complete-edges", "unit-site-name-relates-to-subject");
    }

    @Test
    void inconsistentDataIsRefusedNamingTheProblem() throws IOException {
        byte[] rules = resource(RuleDataLoader.PROVINCE_RULES);
        byte[] reasons = resource(RuleDataLoader.REASONS);
        byte[] reference = resource(RuleDataLoader.REFERENCE);
        byte[] profiles = resource(RuleDataLoader.PROFILES);
        byte[] badProfile = new String(profiles, StandardCharsets.UTF_8).replace("- image-format-size", "- image-format-sise")
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new RuleDataLoader().load(rules, reasons, reference, badProfile))
                .isInstanceOf(RuleDataException.class).hasMessageContaining("image-format-sise");
        byte[] badRules = new String(rules, StandardCharsets.UTF_8).replace("reason: NAME-JIANGSU-FORMAT", "reason: NAME-JIANGSU-FORMATS")
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new RuleDataLoader().load(badRules, reasons, reference, profiles))
                .isInstanceOf(RuleDataException.class).hasMessageContaining("32/personal-site-name-template names unknown reason NAME-JIANGSU-FORMATS");
        String v1 = new RuleDataLoader().load(rules, reasons, reference, profiles).catalogue().dataVersion();
        byte[] edited = new String(reference, StandardCharsets.UTF_8).replace("兴安盟: '0482'", "兴安盟: '0483'").getBytes(StandardCharsets.UTF_8);
        assertThat(new RuleDataLoader().load(rules, reasons, edited, profiles).catalogue().dataVersion()).isNotEqualTo(v1);
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = RuleDataLoaderTest.class.getClassLoader().getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }
}
