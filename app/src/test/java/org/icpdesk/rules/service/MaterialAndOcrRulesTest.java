package org.icpdesk.rules.service;

import static org.icpdesk.rules.RulesFixtures.TODAY;

import static org.icpdesk.rules.RulesFixtures.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.icpdesk.rules.RulesFixtures.check;
import static org.icpdesk.rules.RulesFixtures.codes;
import static org.icpdesk.rules.RulesFixtures.creditCode;
import static org.icpdesk.rules.RulesFixtures.id;
import static org.icpdesk.rules.RulesFixtures.individual;
import static org.icpdesk.rules.RulesFixtures.one;
import static org.icpdesk.rules.RulesFixtures.unit;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.icpdesk.order.domain.PreApproval;
import org.icpdesk.rules.RulesFixtures;
import org.icpdesk.rules.domain.Finding;
import org.icpdesk.rules.domain.OcrReadings;
import org.icpdesk.rules.domain.Profile;
import org.icpdesk.rules.domain.Profiles;
import org.icpdesk.rules.domain.OcrValue;
import org.icpdesk.rules.domain.Severity;
import org.junit.jupiter.api.Test;

/** Materials per subject kind, documents required by situation, pre-approvals, and OCR against the entered values. */
class MaterialAndOcrRulesTest {
    private static Map<String, Map<String, OcrValue>> read(String material, String key, String value, double confidence) {
        return Map.of(material, Map.of(key, new OcrValue(value, confidence)));
    }

    @Test
    void unitsNeedTheirCertificate() {
        // DOMAIN.md section 6: 003:695
        Finding f = one(check(unit().removeMaterial("BUSINESS_LICENSE", null).build()), "DOC-MATERIAL-MISSING");
        assertThat(f.fields()).containsExactly("materials.business_license");
        assertThat(f.message().zh()).contains("主办单位证件");
        assertThat(codes(check(unit().with(o -> o.type = "cancel-site").removeMaterial("BUSINESS_LICENSE", null).build()))).isEmpty();
    }

    @Test
    void theVerificationFormIsUploadedOnlyWhereTheProviderProfileAsksForIt() {
        // Tencent 2018 has the scan uploaded (003:666); Aliyun asks for the mailed form after initial review (001:171)
        assertThat(check(individual().removeMaterial("VERIFICATION_FORM", null).build())).isEmpty();
        RuleData data = RulesFixtures.service().data();
        Profiles uploadForm = new Profiles(1, "upload-form", Map.of("upload-form", new Profile("upload-form", Set.of(), Map.of(), 0.9)), Map.of());
        RulesService strict = new RulesService(new RuleData(data.catalogue(), data.reference(), uploadForm), new GuavaPublicSuffixes(),
                BundleMessageRenderer.standard());
        List<Finding> findings = strict.check(individual().removeMaterial("VERIFICATION_FORM", null).build(), RulesFixtures.TODAY, OcrReadings.none());
        assertThat(one(findings, "DOC-MATERIAL-MISSING").message().en()).contains("verification form");
    }

    @Test
    void idCardsNeedBothSidesButOneImageMayHoldBoth() {
        // 003:264: both sides, or one image with both
        Finding back = one(check(unit().removeMaterial("ID_CARD_BACK", null).build()), "DOC-MATERIAL-MISSING");
        assertThat(back.severity()).isEqualTo(Severity.WARNING);
        assertThat(back.fields()).containsExactly("principal", "materials.id_card_back");
        List<Finding> none = check(unit().removeMaterial("ID_CARD_BACK", null).removeMaterial("ID_CARD_FRONT", null).build());
        assertThat(none).filteredOn(f -> f.code().equals("DOC-MATERIAL-MISSING")).extracting(Finding::severity)
                .containsOnly(Severity.ERROR).hasSize(2);
    }

    @Test
    void aDifferentSitePrincipalBringsIdCardAndAuthorizationLetter() {
        // 003:729 (site principal ID), 002:454 (authorization letter)
        var order = unit().with(o -> { o.site(0).principal.name = "赵六"; o.site(0).principal.idNumber = id("440305", "19920101", "456"); });
        List<Finding> findings = check(order.build());
        assertThat(codes(findings)).containsExactlyInAnyOrder("DOC-MATERIAL-MISSING", "DOC-MATERIAL-MISSING", "RSP-AUTHORIZATION-MISSING");
        assertThat(one(findings, "RSP-AUTHORIZATION-MISSING").fields()).containsExactly("sites[0].principal.name", "materials.authorization_letter");
        order.addMaterial("m7", "ID_CARD_FRONT", "site:0").addMaterial("m8", "ID_CARD_BACK", "site:0").addMaterial("m9", "AUTHORIZATION_LETTER", "site:0");
        assertThat(check(order.build())).isEmpty();
    }

    @Test
    void everySiteNeedsAPhotoOrFaceCapture() {
        Finding f = one(check(unit().removeMaterial("BACKDROP_PHOTO", null).build()), "PHOTO-MISSING");
        assertThat(f.fields()).containsExactly("sites[0]", "materials.backdrop_photo");
        assertThat(check(unit().removeMaterial("BACKDROP_PHOTO", null).addMaterial("m9", "FACE_CAPTURE", "site:0").build())).isEmpty();
    }

    @Test
    void financeWordsNeedALicenceOrACommitment() {
        // 002:1791: the specific PRE-FINANCE, not the general PRE-APPROVAL-MISSING
        Finding f = one(check(unit().with(o -> o.site(0).name = "示例理财服务").build()), "PRE-FINANCE");
        assertThat(f.fields()).containsExactly("sites[0].name");
        assertThat(f.message().zh()).contains("理财");
        assertThat(codes(check(unit().with(o -> o.site(0).name = "示例理财服务").addMaterial("m9", "COMMITMENT_LETTER", "subject").build())))
                .isEmpty();
    }

    @Test
    void declaredPreApprovalsCarryTheirDocumentUnderTheSpecificCode() {
        var order = unit().with(o -> o.site(0).preApprovals.add(new PreApproval("education", "教民12345")));
        Finding f = one(check(order.build()), "PRE-EDUCATION");
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(codes(check(order.build()))).doesNotContain("PRE-APPROVAL-MISSING");
        assertThat(codes(check(unit().with(o -> o.site(0).preApprovals.add(new PreApproval("news", "N-1"))).build())))
                .containsExactly("PRE-APPROVAL-MISSING");
        assertThat(check(order.addMaterial("m9", "PRE_APPROVAL", "site:0").build())).isEmpty();
    }

    @Test
    void hunanWantsSitePlansOnceTheSubjectHasFiledSites() {
        var hunan = unit().with(o -> {
            o.province = "43"; o.subject.province = "43"; o.subject.city = "长沙市"; o.subject.certificateNumber = creditCode("430102");
            o.subject.address = "长沙市芙蓉区五一大道1号"; o.subject.residenceAddress = "长沙市芙蓉区五一大道1号";
            o.principal.landline = "086-0731-84123456"; o.type = "add-site"; o.filingNumber = "湘ICP备12345678号";
        });
        assertThat(one(check(hunan.build()), "SITE-VOLUME-DOCS-MISSING").message().zh()).contains("网站建设方案书");
        assertThat(check(hunan.addMaterial("m9", "SITE_PLAN", "subject").build())).isEmpty();
    }

    @Test
    void ocrMismatchOnAValidatedIdNumberIsAnError() {
        // cli.md: error when the reading is itself validated; the material and the values are in the finding
        String read = id("440305", "19900101", "124");
        Finding f = one(check(unit().build(), read("m2", "id_number", read, 0.5)), "RSP-ID-NUMBER-MISMATCH");
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.material()).isEqualTo("m2");
        assertThat(f.fields()).containsExactly("principal.idNumber");
        assertThat(f.extracted()).isEqualTo(read);
        assertThat(f.entered()).isEqualTo(unit().principal.idNumber);
        assertThat(f.message().zh()).contains("身份证人像面", "m2").doesNotContain(read);
        // An unvalidated, unsure reading is a warning; an equal one (after normalisation) no finding at all
        assertThat(one(check(unit().build(), read("m2", "id_number", "44030519900101124?", 0.6)), "RSP-ID-NUMBER-MISMATCH").severity())
                .isEqualTo(Severity.WARNING);
        assertThat(check(unit().build(), read("m2", "id_number", " " + unit().principal.idNumber.toLowerCase(), 0.6))).isEmpty();
    }

    @Test
    void ocrNamesCompareAfterNormalisationWithConfidenceDecidingTheSeverity() {
        assertThat(check(unit().build(), read("m1", "name", "深圳市示例科技有限公司 ", 0.99))).isEmpty();
        assertThat(check(unit().build(), read("m1", "name", "深圳市示例科技（有限公司）", 0.99))).isEmpty();
        Finding sure = one(check(unit().build(), read("m1", "name", "深圳市示范科技有限公司", 0.97)), "SUB-NAME-MISMATCH");
        assertThat(sure.severity()).isEqualTo(Severity.ERROR);
        assertThat(sure.message().zh()).contains("91%");
        Finding unsure = one(check(unit().build(), read("m1", "name", "深圳市示范科技有限公司", 0.7)), "SUB-NAME-MISMATCH");
        assertThat(unsure.severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void ocrOfTheLicenceChecksCreditCodeAddressAndLegalRepresentative() {
        String other = creditCode("440305");
        Map<String, Map<String, OcrValue>> licence = Map.of("m1", Map.of(
                "credit_code", new OcrValue(other, 0.5),
                "address", new OcrValue("深圳市福田区深南大道1号", 0.95),
                "legal_representative", new OcrValue("王五", 0.92)));
        List<Finding> findings = check(unit().build(), licence);
        assertThat(codes(findings)).containsExactlyInAnyOrder("SUB-CERT-NUMBER-MISMATCH", "SUB-CERT-ADDRESS-MISMATCH", "RSP-NOT-LEGAL-REP");
        assertThat(findings).allSatisfy(f -> {
            assertThat(f.material()).isEqualTo("m1");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
        });
        assertThat(one(findings, "RSP-NOT-LEGAL-REP").fields()).containsExactly("subject.legalRepresentative");
    }

    @Test
    void ocrOfTheDomainCertificateAndTheIdBack() {
        Map<String, Map<String, OcrValue>> ocr = Map.of(
                "m5", Map.of("domain", new OcrValue("example.com", 0.95), "registrant", new OcrValue("深圳市另一家科技有限公司", 0.95)),
                "m3", Map.of("valid_to", new OcrValue("2027-01-10", 0.99)));
        List<Finding> findings = check(unit().build(), ocr);
        assertThat(codes(findings)).containsExactlyInAnyOrder("DOM-CERTIFICATE-INVALID", "DOM-REGISTRANT-MISMATCH", "RSP-ID-EXPIRING");
        assertThat(one(findings, "DOM-CERTIFICATE-INVALID").fields()).containsExactly("sites[0].domains");
        assertThat(one(findings, "RSP-ID-EXPIRING").material()).isEqualTo("m3");
        assertThat(check(unit().build(), Map.of("m5", Map.of("domain", new OcrValue("EXAMPLE.CN", 0.9)),
                "m3", Map.of("valid_to", new OcrValue("长期", 0.9))))).isEmpty();
    }

    @Test
    void ocrOfASitePrincipalIdPointsAtTheSitePrincipal() {
        var order = individual();
        Finding f = one(check(order.addMaterial("m9", "ID_CARD_FRONT", "site:0").build(), read("m9", "name", "李肆", 0.95)), "RSP-NAME-MISMATCH");
        assertThat(f.fields()).containsExactly("sites[0].principal.name");
        // an unreadable field (null) is no finding
        assertThat(check(individual().build(), read("m1", "name", null, 0.0))).isEmpty();
    }

    @Test
    void theImageQualityGateBecomesAWarningOnTheMaterial() {
        var order = individual().build();
        String m = order.materials().get(0).id();
        int index = 0;
        List<Finding> unclear = service().check(order, TODAY, OcrReadings.of(Map.of(), Map.of(m, List.of("BLURRED", "NOT_THIS_KIND"))));
        Finding f = one(unclear, "DOC-UNCLEAR");
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.material()).isEqualTo(m);
        assertThat(f.fields()).containsExactly("materials[" + index + "]");
        assertThat(f.message().en()).contains("BLURRED");

        List<Finding> other = service().check(order, TODAY, OcrReadings.of(Map.of(), Map.of(m, List.of("NOT_THIS_KIND"))));
        assertThat(one(other, "DOC-WRONG-DOCUMENT").severity()).isEqualTo(Severity.WARNING);
        assertThat(other).noneMatch(x -> x.code().equals("DOC-UNCLEAR"));

        assertThat(service().check(order, TODAY, OcrReadings.of(Map.of(), Map.of()))).isEmpty();
    }

    @Test
    void anAddressReadWithOneRareCharacterLostIsShownNotRaised() {
        var order = unit().with(o -> o.subject.residenceAddress = "四川省绵阳市涪城区新华路103号东方花园1栋2单元1004").build();
        Finding slip = one(check(order, read("m1", "address", "四川省绵阳市城区新华路103号东方花园1栋2单元1004", 0.97)),
                "SUB-CERT-ADDRESS-MISMATCH");
        assertThat(slip.severity()).isEqualTo(Severity.INFO);
        // Other numbers are another address, however similar the rest.
        Finding number = one(check(order, read("m1", "address", "四川省绵阳市涪城区新华路105号东方花园1栋2单元1004", 0.97)),
                "SUB-CERT-ADDRESS-MISMATCH");
        assertThat(number.severity()).isEqualTo(Severity.ERROR);
    }
}
