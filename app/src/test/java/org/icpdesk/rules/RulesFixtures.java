package org.icpdesk.rules;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.icpdesk.order.domain.Material;
import org.icpdesk.order.domain.Order;
import org.icpdesk.order.domain.PreApproval;
import org.icpdesk.order.domain.Principal;
import org.icpdesk.order.domain.Site;
import org.icpdesk.order.domain.Subject;
import org.icpdesk.rules.domain.CreditCodes;
import org.icpdesk.rules.domain.Finding;
import org.icpdesk.rules.domain.IdNumbers;
import org.icpdesk.rules.domain.OcrReadings;
import org.icpdesk.rules.domain.OcrValue;
import org.icpdesk.rules.service.RulesService;

/** Clean orders to break one field at a time, and the rules service loaded once for all tests. */
public final class RulesFixtures {
    /** The day every test checks on. */
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static RulesService service;

    private RulesFixtures() {
    }

    public static synchronized RulesService service() {
        if (service == null) {
            service = RulesService.standard();
        }
        return service;
    }

    public static List<Finding> check(Order order) {
        return service().check(order, TODAY, OcrReadings.none());
    }

    public static List<Finding> check(Order order, Map<String, Map<String, OcrValue>> ocr) {
        return service().check(order, TODAY, OcrReadings.of(ocr));
    }

    /** A valid ID number: region, birth date (yyyyMMdd), sequence; the check digit is computed. */
    public static String id(String region, String birth, String sequence) {
        String first17 = region + birth + sequence;
        return first17 + IdNumbers.checkDigit(first17);
    }

    /** A valid credit code for a region (6 digits); the check character is computed. */
    public static String creditCode(String region) {
        String first17 = "91" + region + "MA5F1234" + "5";
        return first17 + CreditCodes.checkChar(first17);
    }

    /** Mutable copy of an order, to change one thing and build it again. */
    public static final class OrderBuilder {
        public String id = "ICPTEST0001";
        public String type = "new-filing";
        public String provider = "example-cloud";
        public String province = "44";
        public String filingNumber;
        public SubjectBuilder subject = new SubjectBuilder();
        public PrincipalBuilder principal = new PrincipalBuilder();
        public List<SiteBuilder> sites = new ArrayList<>();
        public List<Material> materials = new ArrayList<>();

        public Order build() {
            List<Site> built = new ArrayList<>();
            sites.forEach(s -> built.add(s.build()));
            return new Order(id, 1, type, provider, province, OffsetDateTime.of(2026, 11, 21, 9, 0, 0, 0, ZoneOffset.ofHours(8)), true,
                    filingNumber, subject.build(), principal.build(), built, materials);
        }

        public OrderBuilder with(Consumer<OrderBuilder> change) {
            change.accept(this);
            return this;
        }

        public SiteBuilder site(int i) {
            return sites.get(i);
        }

        public OrderBuilder removeMaterial(String kind, String owner) {
            materials.removeIf(m -> m.kind().equals(kind) && (owner == null || m.owner().equals(owner)));
            return this;
        }

        public OrderBuilder addMaterial(String id, String kind, String owner) {
            materials.add(new Material(id, kind, owner, "materials/" + this.id + "/" + id + ".png"));
            return this;
        }
    }

    public static final class SubjectBuilder {
        public String kind = "unit";
        public String name = "深圳市示例科技有限公司";
        public String certificateType = "BUSINESS_LICENSE";
        public String certificateNumber = creditCode("440300");
        public String legalRepresentative = "张三";
        public String province = "44";
        public String city = "深圳市";
        public String district = "南山区";
        public String address = "深圳市南山区科技园南区一路8号3栋501室";
        public String residenceAddress = "深圳市南山区科技园南区一路8号";
        public String investor = "张三";
        public String remark = "";

        Subject build() {
            return new Subject(kind, name, certificateType, certificateNumber, legalRepresentative, province, city, district, address,
                    residenceAddress, investor, remark);
        }
    }

    public static final class PrincipalBuilder {
        public String name = "张三";
        public String idType = "ID_CARD";
        public String idNumber = id("440305", "19900101", "123");
        public String idValidTo = "2035-05-01";
        public String mobile = "13800001234";
        public String landline = "086-0755-86013388";
        public String email = "ops@example.cn";
        public String emergencyPhone = "13900001234";

        public Principal build() {
            return new Principal(name, idType, idNumber, idValidTo, mobile, landline, email, emergencyPhone);
        }

        public PrincipalBuilder copy() {
            PrincipalBuilder p = new PrincipalBuilder();
            p.name = name; p.idType = idType; p.idNumber = idNumber; p.idValidTo = idValidTo; p.mobile = mobile;
            p.landline = landline; p.email = email; p.emergencyPhone = emergencyPhone;
            return p;
        }
    }

    public static final class SiteBuilder {
        public String name = "示例科技官网";
        public List<String> domains = new ArrayList<>(List.of("example.cn"));
        public String homepageUrl = "www.example.cn";
        public String contentType = "unit-portal";
        public List<String> ips = new ArrayList<>(List.of("203.0.113.10"));
        public String remark = "";
        public PrincipalBuilder principal = new PrincipalBuilder();
        public List<PreApproval> preApprovals = new ArrayList<>();

        Site build() {
            return new Site(name, domains, homepageUrl, contentType, List.of("zh-CN"), ips, remark, principal.build(), preApprovals, null, null);
        }
    }

    /** A unit in Guangdong with one site whose principal is the legal representative, every material present. */
    public static OrderBuilder unit() {
        OrderBuilder o = new OrderBuilder();
        o.sites.add(new SiteBuilder());
        o.addMaterial("m1", "BUSINESS_LICENSE", "subject");
        o.addMaterial("m2", "ID_CARD_FRONT", "principal");
        o.addMaterial("m3", "ID_CARD_BACK", "principal");
        o.addMaterial("m4", "BACKDROP_PHOTO", "site:0");
        o.addMaterial("m5", "DOMAIN_CERTIFICATE", "site:0");
        o.addMaterial("m6", "VERIFICATION_FORM", "subject");
        return o;
    }

    /** An individual in Guangdong with one personal site, every material present. */
    public static OrderBuilder individual() {
        OrderBuilder o = new OrderBuilder();
        o.subject.kind = "individual";
        o.subject.name = "李四";
        o.subject.certificateType = "ID_CARD";
        o.subject.certificateNumber = id("440106", "19850315", "246");
        o.subject.legalRepresentative = null;
        o.subject.city = "广州市";
        o.subject.district = "天河区";
        o.subject.address = "广州市天河区体育西路191号";
        o.subject.residenceAddress = "广东省广州市天河区体育西路191号";
        o.subject.investor = null;
        o.principal.name = "李四";
        o.principal.idNumber = o.subject.certificateNumber;
        o.principal.landline = null;
        o.principal.email = "lisi@example.com";
        SiteBuilder s = new SiteBuilder();
        s.name = "李四摄影作品集";
        s.domains = new ArrayList<>(List.of("lisi-photo.com"));
        s.homepageUrl = "www.lisi-photo.com";
        s.contentType = "other";
        s.remark = "个人摄影作品展示，分享旅行照片与拍摄心得";
        s.principal = o.principal.copy();
        o.sites.add(s);
        o.addMaterial("m1", "ID_CARD_FRONT", "principal");
        o.addMaterial("m2", "ID_CARD_BACK", "principal");
        o.addMaterial("m3", "BACKDROP_PHOTO", "site:0");
        o.addMaterial("m4", "VERIFICATION_FORM", "subject");
        return o;
    }

    /** The single finding with this code. */
    public static Finding one(List<Finding> findings, String code) {
        List<Finding> found = findings.stream().filter(f -> f.code().equals(code)).toList();
        if (found.size() != 1) {
            throw new AssertionError("Expected one " + code + " in " + findings);
        }
        return found.get(0);
    }

    /** The codes of the findings, in order. */
    public static List<String> codes(List<Finding> findings) {
        return findings.stream().map(Finding::code).toList();
    }
}
