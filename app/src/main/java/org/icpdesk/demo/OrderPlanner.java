package org.icpdesk.demo;

import java.text.MessageFormat;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.icpdesk.demo.DemoData.City;
import org.icpdesk.demo.DemoData.CompanyForm;
import org.icpdesk.demo.DemoData.District;
import org.icpdesk.demo.DemoData.Industry;
import org.icpdesk.demo.DemoData.Province;
import org.icpdesk.demo.DemoData.Topic;
import org.icpdesk.demo.DemoData.Word;
import org.icpdesk.demo.ImageSpec.Effect;
import org.icpdesk.demo.PlannedOrder.PlannedMaterial;
import org.icpdesk.order.domain.Material;
import org.icpdesk.order.domain.Order;
import org.icpdesk.order.domain.Principal;
import org.icpdesk.order.domain.Site;
import org.icpdesk.order.domain.Subject;
import org.icpdesk.rules.domain.CreditCodes;
import org.icpdesk.rules.domain.IdNumbers;

/**
 * Plans the demo orders one after the other: entered data, material images to draw, planted defects and the
 * ground truth. Order {@code i} depends only on the seed, {@code i} and the orders before it, so a bundle of
 * 20 orders is the first 20 orders of the bundle of 200 with the same seed. Not thread-safe; cheap (no images).
 */
final class OrderPlanner {
    static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
    static final OffsetDateTime CREATED_AT = OffsetDateTime.of(2026, 11, 22, 9, 30, 0, 0, CHINA);
    static final LocalDate TODAY = CREATED_AT.toLocalDate();
    static final String PROVIDER = "example-cloud";

    private static final double CLEAN_SHARE = 0.40;
    private static final double SECOND_DEFECT = 0.35;
    private static final double UNIT_SHARE = 0.60;
    private static final int MAX_ID_ADDRESS = 33;          // 3 lines of 11 characters on the card
    private static final String ID_CHECK_CHARS = "0123456789X";
    private static final DateTimeFormatter ID_DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter CN_DATE = DateTimeFormatter.ofPattern("yyyy年MM月dd日", Locale.ROOT);

    private final long seed;
    private final DemoData data;
    /** When the bundle is made: submissions fall before it, certificate dates and ages are counted from its day. */
    private final OffsetDateTime createdAt;
    private final LocalDate today;
    private final List<DefectKind> cycle;
    private final int serialBase;
    private final List<LocalDate> workingDays;
    private final Set<String> usedDomains = new HashSet<>();
    private final Set<String> usedUnitNames = new HashSet<>();
    private int defectiveSoFar;

    OrderPlanner(long seed, DemoData data) {
        this(seed, data, CREATED_AT);
    }

    OrderPlanner(long seed, DemoData data, OffsetDateTime createdAt) {
        this.seed = seed;
        this.data = data;
        this.createdAt = createdAt.withOffsetSameInstant(CHINA);
        this.today = this.createdAt.toLocalDate();
        List<DefectKind> kinds = new ArrayList<>(List.of(DefectKind.values()));
        Rng shuffle = Rng.of(seed, 0);
        for (int i = kinds.size() - 1; i > 0; i--) {
            int j = shuffle.nextInt(i + 1);
            kinds.set(i, kinds.set(j, kinds.get(i)));
        }
        this.cycle = List.copyOf(kinds);
        this.serialBase = 1 + (int) Math.floorMod(Rng.mix(seed ^ 0x5eed), (long) (999_999 - DemoGenerator.MAX_ORDERS));
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = today.minusDays(1); days.size() < 10; d = d.minusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days.add(0, d);
            }
        }
        this.workingDays = List.copyOf(days);
    }

    PlannedOrder plan(int index) {
        return new Draft(index).build();
    }

    /** The state of one order while it is planned. */
    private final class Draft {
        final int index;
        final Rng r;
        final List<DefectKind> defects = new ArrayList<>();
        final List<DemoTruth.Defect> truthDefects = new ArrayList<>();
        final Map<String, DemoTruth.Printed> printed = new LinkedHashMap<>();
        final List<PlannedMaterial> materials = new ArrayList<>();
        int personKeys;
        boolean unit;
        boolean filed;
        Province province;
        City city;
        District district;

        Draft(int index) {
            this.index = index;
            this.r = Rng.of(seed, 1, index);
        }

        PlannedOrder build() {
            chooseDefectsAndPlace();
            OffsetDateTime submitted = submitted();
            String id = "ICP" + submitted.toLocalDate().format(ID_DATE) + String.format(Locale.ROOT, "%06d", serialBase + index);
            int version = r.chance(0.7) ? 1 : r.chance(2.0 / 3) ? 2 : 3;
            double t = r.nextDouble();
            String type = t < 0.75 ? "new-filing" : t < 0.90 ? "add-site" : "new-access";
            String filingNumber = "new-filing".equals(type) ? null
                    : province.abbr() + "ICP备" + r.between(1, 9) + r.digits(7) + "号";
            boolean consent = r.chance(0.5);
            filed = filingNumber != null;
            String base = "materials/" + id + "/";
            OrderParts parts = unit ? planUnit(base) : planIndividual(base);
            applyImageDefect();
            Order order = new Order(id, version, type, PROVIDER, province.code(), submitted, consent, filingNumber,
                    parts.subject, parts.principal, parts.sites, materials.stream().map(PlannedMaterial::material).toList());
            DemoTruth.TruthOrder truth = new DemoTruth.TruthOrder(id, version, unit ? "unit" : "individual",
                    truthDefects.isEmpty(), truthDefects, printed);
            return new PlannedOrder(order, materials, truth);
        }

        /**
         * When the applicant submitted, as a live queue has it: about half in the last hours (time left), a third on the
         * two working days before (due or just overdue), the rest up to ten working days back (overdue). Drawn from a
         * stream of its own, so the certificates are the same whatever the bundle's date.
         */
        private OffsetDateTime submitted() {
            r.nextInt(workingDays.size());   // the draws of the first design, kept so that every later draw stays the same
            r.between(8, 21);
            r.nextInt(60);
            r.nextInt(60);
            Rng when = Rng.of(seed, 2, index);
            double u = when.nextDouble();
            if (u < 0.45) {
                return createdAt.minusMinutes(when.between(15, 16 * 60)).withSecond(when.nextInt(60)).withNano(0);
            }
            List<LocalDate> days = u < 0.75 ? workingDays.subList(workingDays.size() - 2, workingDays.size()) : workingDays;
            LocalDate day = days.get(when.nextInt(days.size()));
            return OffsetDateTime.of(day, LocalTime.of(when.between(8, 21), when.nextInt(60), when.nextInt(60)), CHINA);
        }

        // ---- defects and place -------------------------------------------------------------------------

        void chooseDefectsAndPlace() {
            DefectKind primary = r.chance(CLEAN_SHARE) ? null : cycle.get(defectiveSoFar++ % cycle.size());
            unit = primary == null || primary.scope() == DefectKind.Scope.ANY ? r.chance(UNIT_SHARE)
                    : primary.scope() == DefectKind.Scope.UNIT;
            do {
                province = r.weighted(data.provinceWeights);
            } while (primary != null && !fits(primary, unit, province.code()));
            city = r.pick(province.cities());
            district = r.pick(city.districts());
            if (primary == null) {
                return;
            }
            defects.add(primary);
            if (r.chance(SECOND_DEFECT)) {
                List<DefectKind> options = new ArrayList<>();
                for (DefectKind k : DefectKind.values()) {
                    if (k.group() != primary.group() && fits(k, unit, province.code())) {
                        options.add(k);
                    }
                }
                defects.add(r.pick(options));
            }
        }

        /** {@link DefectKind#fits}, and no interactive word where the province's own word list would also catch it. */
        boolean fits(DefectKind kind, boolean unit, String provinceCode) {
            return kind.fits(unit, provinceCode) && !(kind == DefectKind.INTERACTIVE_WORD
                    && data.raw.interactiveWordProvincesExcluded().contains(provinceCode));
        }

        boolean has(DefectKind kind) {
            return defects.contains(kind);
        }

        void defect(DefectKind kind, List<String> fields, String material, String detail) {
            truthDefects.add(new DemoTruth.Defect(kind.code(), fields, material, detail));
        }

        // ---- unit orders -------------------------------------------------------------------------------

        OrderParts planUnit(String base) {
            Person rep = person(province, has(DefectKind.UNDERAGE) ? -1 : 25, 60, has(DefectKind.ID_CHECK_DIGIT),
                    has(DefectKind.ID_EXPIRING));
            Company company = company();
            String landline = landline(city);
            List<SiteDraft> sites = new ArrayList<>();
            int count = siteCount();
            List<String> suffixes = new ArrayList<>(data.raw.unitSiteSuffixes());
            for (int s = 0; s < count; s++) {
                SiteDraft site = new SiteDraft();
                site.name = company.brand.text() + company.industry.name() + suffixes.remove(r.nextInt(suffixes.size()));
                boolean other = r.chance(0.15);
                site.contentType = other ? "other" : "unit-portal";
                site.remark = other ? MessageFormat.format(data.raw.unitOtherRemark(), company.name) : "";
                site.domain = domain(unitLabels(company, s));
                sites.add(site);
            }
            siteNameDefects(sites, company);
            domainDefects(sites);
            for (SiteDraft site : sites) {
                if (r.chance(0.3)) {                             // an employee, authorised by the legal representative
                    site.person = withContact(person(province, 22, 50, false, false), landline,
                            r.chance(0.6) ? site.domain : null);
                    site.delegate = true;
                }
            }
            rep = withContact(rep, landline, r.chance(0.5) ? sites.get(0).domain : null);
            for (SiteDraft site : sites) {
                if (site.person == null) {
                    site.person = rep;
                }
            }
            provinceRemarks(sites, company.name);
            if (has(DefectKind.UNDERAGE)) {
                defect(DefectKind.UNDERAGE, List.of("principal.idNumber"), null,
                        "principal (legal representative) is " + IdNumbers.ageOn(rep.idNumber(), today).orElse(-1)
                                + " on " + today);
            }
            // materials: licence, principal ID both sides, per site: site principal ID front, photo, certificate
            String mLicense = addLicense(base, company, rep);
            String mFront = addIdFront(base + "id-front.jpg", "principal", rep);
            String mBack = addIdBack(base + "id-back.jpg", "principal", rep);
            List<String> siteFronts = new ArrayList<>();
            for (int s = 0; s < sites.size(); s++) {
                SiteDraft site = sites.get(s);
                String owner = "site:" + s;
                siteFronts.add(addIdFront(base + "site" + s + "-id-front.jpg", owner, site.person));
                if (site.delegate) {                             // a site principal other than the subject's: both sides
                    addIdBack(base + "site" + s + "-id-back.jpg", owner, site.person);
                }
                addBackdrop(base + "site" + s + "-photo.jpg", owner, site.person);
                addDomainCertificate(base + "site" + s + "-domain.png", owner, site, company.name);
                if (filed && data.raw.sitePlanWhenFiled().contains(province.code())) {
                    add(base + "site" + s + "-plan.jpg", "SITE_PLAN", owner, new ImageSpec.SitePlan(company.name, site.name,
                            site.domain, company.industry.scope(),
                            today.minusDays(r.between(3, 40)), variant(8, s), Effect.NONE), null);
                }
                if (site.delegate) {
                    add(base + "site" + s + "-authorization.jpg", "AUTHORIZATION_LETTER", owner,
                            new ImageSpec.AuthorizationLetter(company.name, rep.name(), site.person.name(),
                                    site.person.idNumber(), site.name, site.domain,
                                    today.minusDays(r.between(3, 40)), variant(7, s), Effect.NONE), null);
                }
            }
            checkDigitDefects(rep, sites, "principal", mFront);
            expiringDefect(rep, sites, mBack);
            if (has(DefectKind.CREDIT_CODE_CHECK_CHAR)) {
                defect(DefectKind.CREDIT_CODE_CHECK_CHAR, List.of("subject.certificateNumber"), null,
                        "credit code ends in " + last(company.creditCode) + ", the GB 32100 check character is "
                                + CreditCodes.checkChar(company.creditCode.substring(0, 17)));
            }

            String enteredName = company.name;
            if (has(DefectKind.SUBJECT_NAME_MISMATCH)) {
                enteredName = mistypedUnitName(company);
                defect(DefectKind.SUBJECT_NAME_MISMATCH, List.of("subject.name"), mLicense,
                        "entered " + enteredName + ", the licence shows " + company.name);
            }
            String address = r.chance(0.7) ? company.address : unitAddress(city, district, company.brand);
            address = addressDefect(address, company.brand.text() + "大厦");
            Subject subject = new Subject("unit", enteredName, "BUSINESS_LICENSE", company.creditCode, rep.name(),
                    province.code(), city.name(), district.name(), address, company.address, rep.name(), null);
            Principal principal = entry(rep);
            List<Principal> siteEntries = new ArrayList<>();
            for (SiteDraft site : sites) {
                siteEntries.add(entry(site.person));
            }
            principal = mismatchDefects(principal, rep, mFront, sites, siteEntries, siteFronts);
            principal = contactDefects(principal, city);
            return new OrderParts(subject, principal, sites(sites, siteEntries));
        }

        Company company() {
            Company c = new Company();
            String prefix;
            do {
                c.brand = r.pick(data.brands);
                c.industry = r.pick(data.raw.industries());
                double f = r.nextDouble();
                CompanyForm form = data.raw.companyForms().get(f < 0.7 ? 0 : f < 0.9 ? 1 : 2);
                c.suffix = form.suffix();
                c.type = r.pick(form.types());
                prefix = province.municipality() && r.chance(0.5) ? strip(city.name(), "市") : city.name();
                c.prefix = prefix;
                c.name = prefix + c.brand.text() + c.industry.name() + c.suffix;
            } while (!usedUnitNames.add(c.name));
            c.established = today.minusDays(r.between(200, 5400));
            String region = r.chance(0.5) ? district.code() : district.code().substring(0, 4) + "00";
            String org;
            if (c.established.getYear() >= 2016) {
                StringBuilder sb = new StringBuilder("MA");
                for (int i = 0; i < 6; i++) {
                    sb.append(CreditCodes.CHARSET.charAt(r.nextInt(CreditCodes.CHARSET.length())));
                }
                org = sb.toString();
            } else {
                org = r.between(1, 9) + r.digits(7);
            }
            String first17 = "91" + region + org + CreditCodes.organizationCodeCheckChar(org);
            char check = CreditCodes.checkChar(first17);
            if (has(DefectKind.CREDIT_CODE_CHECK_CHAR)) {
                check = otherThan(CreditCodes.CHARSET, check);
            }
            c.creditCode = first17 + check;
            c.capital = r.pick(data.raw.capitals());
            c.term = r.chance(0.6) ? Person.LONG_TERM
                    : c.established.format(CN_DATE) + "至" + c.established.plusYears(20).minusDays(1).format(CN_DATE);
            c.scope = c.industry.scope() + "（依法须经批准的项目，经相关部门批准后方可开展经营活动）";
            c.authority = (province.municipality() ? city.name() + district.name() : city.name()) + "市场监督管理局";
            long sinceEstablished = ChronoUnit.DAYS.between(c.established, today.minusDays(30));
            c.issued = c.established.plusDays(r.chance(0.5) ? 0 : r.nextInt((int) Math.max(1, sinceEstablished)));
            c.address = unitAddress(city, district, c.brand);
            return c;
        }

        String unitAddress(City c, District d, Word brand) {
            String building = r.chance(0.5) ? brand.text() + "大厦" : r.pick(data.raw.buildings());
            int floor = r.between(2, 28);
            return c.name() + d.name() + r.pick(data.raw.roads()) + r.between(1, 399) + "号" + building + floor + "层"
                    + (floor * 100 + r.between(1, 20)) + "室";
        }

        List<String> unitLabels(Company c, int site) {
            String brand = c.brand.pinyin();
            List<String> labels = new ArrayList<>();
            if (site == 0) {
                labels.add(brand);
            }
            for (String slug : c.industry.slugs()) {
                labels.add(brand + slug);
                labels.add(brand + "-" + slug);
            }
            return labels;
        }

        String addLicense(String base, Company c, Person rep) {
            ImageSpec spec = new ImageSpec.BusinessLicense(c.creditCode, c.name, c.type, rep.name(), c.address,
                    c.capital, c.established, c.term, c.scope, c.authority, c.issued, variant(1, 0), Effect.NONE);
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("credit_code", c.creditCode);
            fields.put("name", c.name);
            fields.put("type", c.type);
            fields.put("legal_representative", rep.name());
            fields.put("address", c.address);
            fields.put("registered_capital", c.capital);
            fields.put("established_date", c.established.toString());
            return add(base + "license.jpg", "BUSINESS_LICENSE", "subject", spec, fields);
        }

        String mistypedUnitName(Company c) {
            double v = r.nextDouble();
            if (v < 0.4 && c.name.startsWith(c.prefix)) {
                return c.name.substring(c.prefix.length());
            }
            if (v < 0.8 && !c.suffix.equals("股份有限公司")) {
                String other = c.suffix.equals("有限公司") ? "有限责任公司" : "有限公司";
                return c.name.substring(0, c.name.length() - c.suffix.length()) + other;
            }
            Word other;
            do {
                other = r.pick(data.brands);
            } while (other.text().charAt(0) == c.brand.text().charAt(0));
            return c.prefix + other.text().charAt(0) + c.brand.text().substring(1) + c.industry.name() + c.suffix;
        }

        // ---- individual orders -------------------------------------------------------------------------

        OrderParts planIndividual(String base) {
            Person me = person(province, 18, 65, false, has(DefectKind.ID_EXPIRING));
            boolean jiangsu = "32".equals(province.code());
            // communication address: where the person lives now, in the filing province
            City liveCity = r.chance(0.6) ? cityOf(me) : city;
            District liveDistrict = liveCity == cityOf(me) && r.chance(0.5) ? districtOf(me) : r.pick(liveCity.districts());
            city = liveCity;
            district = liveDistrict;
            boolean landline = "12".equals(province.code()) || r.chance(0.5) || has(DefectKind.LANDLINE_FORMAT);
            me = withContact(me, landline ? landline(liveCity) : null, null);
            List<SiteDraft> sites = new ArrayList<>();
            int count = jiangsu ? 1 : siteCount();
            List<Topic> topics = new ArrayList<>(data.raw.personalTopics());
            List<String> suffixes = new ArrayList<>(data.raw.personalSiteSuffixes());
            for (int s = 0; s < count; s++) {
                SiteDraft site = new SiteDraft();
                Topic topic = topics.remove(r.nextInt(topics.size()));
                site.topic = topic;
                site.name = jiangsu ? me.name() + "的个人主页" : topic.name() + suffixes.remove(r.nextInt(suffixes.size()));
                site.contentType = data.raw.personalContentTypes().getOrDefault(province.code(), "other");
                site.remark = topic.remark();
                site.domain = domain(personalLabels(me, topic));
                site.person = me;
                sites.add(site);
            }
            siteNameDefects(sites, null);
            domainDefects(sites);
            provinceRemarks(sites, me.name());

            String mFront = addIdFront(base + "id-front.jpg", "principal", me);
            String mBack = addIdBack(base + "id-back.jpg", "principal", me);
            for (int s = 0; s < sites.size(); s++) {
                String owner = "site:" + s;
                addBackdrop(base + "site" + s + "-photo.jpg", owner, me);
                addDomainCertificate(base + "site" + s + "-domain.png", owner, sites.get(s), me.name());
            }
            expiringDefect(me, sites, mBack);

            String address = homeAddress(liveCity.name(), liveDistrict, true);
            address = addressDefect(address, r.pick(data.raw.estates()));
            Subject subject = new Subject("individual", me.name(), "ID_CARD", me.idNumber(), null, province.code(),
                    liveCity.name(), liveDistrict.name(), address, me.address(), me.name(), null);
            Principal principal = entry(me);
            List<Principal> siteEntries = new ArrayList<>();
            for (int s = 0; s < sites.size(); s++) {
                siteEntries.add(entry(me));
            }
            principal = mismatchDefects(principal, me, mFront, sites, siteEntries, List.of());
            principal = contactDefects(principal, liveCity);
            return new OrderParts(subject, principal, sites(sites, siteEntries));
        }

        List<String> personalLabels(Person p, Topic topic) {
            String full = p.pinyin();
            String initials = p.initials();
            return List.of(full + topic.slug(), full + "-" + topic.slug(), topic.slug() + full,
                    initials + topic.slug(), full + p.birthDate().getYear(), initials + "-" + topic.slug() + r.between(1, 99));
        }

        /** Appends the remark text the province prescribes ({@code province_remarks} of the demo data) to each site. */
        void provinceRemarks(List<SiteDraft> sites, String subjectName) {
            DemoData.RemarkTexts texts = data.raw.provinceRemarks().get(province.code());
            String template = texts == null ? null : unit ? texts.unit() : texts.individual();
            if (template == null) {
                return;
            }
            for (SiteDraft site : sites) {
                String user = site.person.name();
                String relation = "";
                if (!unit) {                                    // the emergency mobile is a close relative's
                    relation = r.pick(data.raw.relatives());
                    List<Word> given = relation.equals("母亲") || relation.equals("女儿") || relation.equals("姐姐")
                            ? data.givenFemale : data.givenMale;
                    user = r.pickHeadBiased(data.surnames).text() + r.pick(given).text() + r.pick(given).text();
                }
                String text = MessageFormat.format(template, subjectName, user, relation);
                site.remark = site.remark == null || site.remark.isEmpty() ? text : site.remark + text;
            }
        }

        // ---- sites -------------------------------------------------------------------------------------

        int siteCount() {
            if ("42".equals(province.code()) || "43".equals(province.code())) {
                return 1;                                       // Hubei and Hunan: one site per order
            }
            double v = r.nextDouble();
            return v < 0.6 ? 1 : v < 0.88 ? 2 : 3;
        }

        String domain(List<String> labels) {
            String tld = r.weighted(data.raw.approvedTlds());
            for (String label : labels) {
                String d = label + "." + tld;
                if (usedDomains.add(d)) {
                    return d;
                }
            }
            while (true) {
                String d = labels.get(0) + r.between(10, 999) + "." + tld;
                if (usedDomains.add(d)) {
                    return d;
                }
            }
        }

        void siteNameDefects(List<SiteDraft> sites, Company company) {
            int s = r.nextInt(sites.size());
            SiteDraft site = sites.get(s);
            String field = "sites[" + s + "].name";
            if (has(DefectKind.SITE_NAME_TOO_SHORT)) {
                site.name = company != null ? company.brand.text().substring(0, 2) : site.topic.name();
                defect(DefectKind.SITE_NAME_TOO_SHORT, List.of(field), null, "site name has 2 Chinese characters");
            } else if (has(DefectKind.PERSONAL_GENERIC_WORD)) {
                String word = r.pick(data.raw.genericWords());
                site.name = site.topic.name() + word;
                defect(DefectKind.PERSONAL_GENERIC_WORD, List.of(field), null, "personal site name contains " + word);
            } else if (has(DefectKind.INTERACTIVE_WORD)) {
                String word = r.pick(data.raw.interactiveWords());
                site.name = site.topic.name() + word;
                defect(DefectKind.INTERACTIVE_WORD, List.of(field), null, "personal site name contains " + word.substring(0, 2));
            } else if (has(DefectKind.NATIONAL_WORD)) {
                String word = r.pick(data.raw.nationalWords());
                site.name = word + site.name;
                defect(DefectKind.NATIONAL_WORD, List.of(field), null, "personal site name starts with " + word);
            }
        }

        void domainDefects(List<SiteDraft> sites) {
            int s = r.nextInt(sites.size());
            SiteDraft site = sites.get(s);
            if (has(DefectKind.TLD_NOT_APPROVED)) {
                String label = site.domain.substring(0, site.domain.indexOf('.'));
                String tld = r.pick(data.raw.unapprovedTlds());
                usedDomains.remove(site.domain);
                site.domain = label + "." + tld;
                if (!usedDomains.add(site.domain)) {
                    site.domain = label + r.between(10, 99) + "." + tld;
                    usedDomains.add(site.domain);
                }
                defect(DefectKind.TLD_NOT_APPROVED, List.of("sites[" + s + "].domains"), null,
                        "suffix ." + tld + " is not approved by MIIT");
            }
            for (SiteDraft d : sites) {
                d.homepage = "www." + d.domain;
            }
            if (has(DefectKind.HOMEPAGE_WITHOUT_DOMAIN)) {
                String label = site.domain.substring(0, site.domain.indexOf('.'));
                String tld = site.domain.substring(site.domain.indexOf('.') + 1);
                double v = r.nextDouble();
                if (v < 0.4) {
                    site.homepage = "www." + label + "." + (tld.equals("com") ? "net" : "com");
                } else if (v < 0.7) {
                    site.homepage = "www." + label + "-" + r.between(1, 9) + "." + tld;
                } else {
                    site.homepage = "http://203.0.113." + r.between(2, 254);
                }
                defect(DefectKind.HOMEPAGE_WITHOUT_DOMAIN, List.of("sites[" + s + "].homepageUrl"), null,
                        "homepage " + site.homepage + " does not contain " + site.domain);
            }
        }

        List<Site> sites(List<SiteDraft> drafts, List<Principal> entries) {
            List<Site> out = new ArrayList<>();
            for (int s = 0; s < drafts.size(); s++) {
                SiteDraft d = drafts.get(s);
                List<String> ips = new ArrayList<>();
                ips.add("203.0.113." + r.between(2, 254));
                if (r.chance(0.2)) {
                    ips.add("198.51.100." + r.between(2, 254));
                }
                List<String> languages = r.chance(0.1) ? List.of("zh-CN", "en") : List.of("zh-CN");
                out.add(new Site(d.name, List.of(d.domain), d.homepage, d.contentType, languages, ips, d.remark,
                        entries.get(s), List.of(), null, null));
            }
            return out;
        }

        // ---- people ------------------------------------------------------------------------------------

        /** A person with an ID card from a district of {@code p}; {@code minAge} -1 plants a 14-15 year old. */
        Person person(Province p, int minAge, int maxAge, boolean wrongCheckDigit, boolean expiring) {
            boolean male = r.chance(0.55);
            Word surname = r.pickHeadBiased(data.surnames);
            List<Word> pool = male ? data.givenMale : data.givenFemale;
            Word g1 = r.pick(pool);
            StringBuilder name = new StringBuilder(surname.text()).append(g1.text());
            StringBuilder pinyin = new StringBuilder(surname.pinyin()).append(g1.pinyin());
            StringBuilder initials = new StringBuilder().append(surname.pinyin().charAt(0)).append(g1.pinyin().charAt(0));
            if (r.chance(0.72)) {
                Word g2;
                do {
                    g2 = r.pick(pool);
                } while (g2.equals(g1));
                name.append(g2.text());
                pinyin.append(g2.pinyin());
                initials.append(g2.pinyin().charAt(0));
            }
            String ethnicity = r.weighted(p.ethnicities());
            LocalDate birth = minAge < 0
                    ? today.minusYears(15).plusDays(r.between(30, 330))
                    : today.minusYears(r.between(minAge, maxAge)).minusDays(r.nextInt(365));
            City c = r.pick(p.cities());
            District d = r.pick(c.districts());
            String first17 = d.code() + birth.format(ID_DATE) + r.digits(2) + (2 * r.nextInt(5) + (male ? 1 : 0));
            char check = IdNumbers.checkDigit(first17);
            if (wrongCheckDigit) {
                check = otherThan(ID_CHECK_CHARS, check);
            }
            String prefix = p.municipality() ? c.name() : p.name() + c.name();
            String address = prefix + homeAddress("", d, false);
            if (address.length() > MAX_ID_ADDRESS) {
                address = prefix + d.name() + r.pick(data.raw.roads()) + r.between(1, 199) + "号";
            }
            String authority = c.name() + "公安局" + strip(strip(d.name(), "区"), "新") + "分局";
            LocalDate[] validity = expiring ? expiringValidity(birth) : validity(birth, minAge < 0);
            return new Person(++personKeys, name.toString(), pinyin.toString(), initials.toString(), male, ethnicity, birth,
                    first17 + check, address, authority, validity[0], validity[1], null, null, null, null);
        }

        /** Issue and expiry dates (expiry null = 长期) under the GB rule: <16: 5 y, 16-25: 10 y, 26-45: 20 y. */
        LocalDate[] validity(LocalDate birth, boolean child) {
            for (int attempt = 0; attempt < 40; attempt++) {
                LocalDate from = today.minusDays(r.between(20, child ? 1000 : 19 * 365));
                int age = (int) ChronoUnit.YEARS.between(birth, from);
                if (age < (child ? 10 : 16)) {
                    continue;
                }
                LocalDate to = validTo(from, age);
                if (to == null || to.isAfter(today.plusYears(2))) {
                    return new LocalDate[] {from, to};
                }
            }
            LocalDate from = today.minusDays(r.between(20, 300));
            return new LocalDate[] {from, validTo(from, (int) ChronoUnit.YEARS.between(birth, from))};
        }

        LocalDate[] expiringValidity(LocalDate birth) {
            LocalDate to = today.plusDays(r.between(10, 80));
            for (int years : new int[] {20, 10, 5}) {
                LocalDate from = to.minusYears(years);
                int age = (int) ChronoUnit.YEARS.between(birth, from);
                LocalDate expected = validTo(from, age);
                if (to.equals(expected)) {
                    return new LocalDate[] {from, to};
                }
            }
            return new LocalDate[] {to.minusYears(10), to};
        }

        LocalDate validTo(LocalDate from, int ageAtIssue) {
            return ageAtIssue < 16 ? from.plusYears(5) : ageAtIssue < 26 ? from.plusYears(10)
                    : ageAtIssue < 46 ? from.plusYears(20) : null;
        }

        String homeAddress(String cityName, District d, boolean room) {
            String road = r.pick(data.raw.roads()) + r.between(1, 299) + "号";
            double v = r.nextDouble();
            String rest = v < 0.4 ? r.pick(data.raw.estates()) + r.between(1, 30) + "栋" + r.between(1, 3) + "单元"
                    + (r.between(1, 18) * 100 + r.between(1, 4)) + (room ? "室" : "")
                    : v < 0.8 ? r.between(1, 20) + "号楼" + (r.between(1, 28) * 100 + r.between(1, 6)) + (room ? "室" : "")
                    : "";
            return cityName + d.name() + road + rest;
        }

        City cityOf(Person p) {
            String code = p.idNumber().substring(0, 6);
            for (City c : province.cities()) {
                for (District d : c.districts()) {
                    if (d.code().equals(code)) {
                        return c;
                    }
                }
            }
            throw new IllegalStateException("district not in province");
        }

        District districtOf(Person p) {
            String code = p.idNumber().substring(0, 6);
            for (District d : cityOf(p).districts()) {
                if (d.code().equals(code)) {
                    return d;
                }
            }
            throw new IllegalStateException("district not in city");
        }

        Person withContact(Person p, String landline, String mailDomain) {
            String mobile = mobile();
            String emergency;
            do {
                emergency = mobile();
            } while (emergency.equals(mobile));
            String local = mailLocal(p);
            String email = mailDomain != null ? local + "@" + mailDomain
                    : r.chance(0.35) ? r.between(10000, 2_000_000_000) + "@qq.com"
                    : local + "@" + r.pick(data.raw.mailHosts());
            return new Person(p.key(), p.name(), p.pinyin(), p.initials(), p.male(), p.ethnicity(), p.birthDate(), p.idNumber(),
                    p.address(), p.issuingAuthority(), p.validFrom(), p.validTo(), mobile, emergency, landline, email);
        }

        String mailLocal(Person p) {
            double v = r.nextDouble();
            return v < 0.4 ? p.pinyin() : v < 0.7 ? p.pinyin() + r.between(1, 99)
                    : v < 0.85 ? p.initials() + p.birthDate().getYear() : p.pinyin() + "." + r.between(1, 9);
        }

        String mobile() {
            return r.pick(data.raw.mobilePrefixes()) + r.digits(8);
        }

        String landline(City c) {
            int digits = c.area().length() == 3 || r.chance(0.6) ? 8 : 7;
            return "086-" + c.area() + "-" + r.between(2, 8) + r.digits(digits - 1);
        }

        Principal entry(Person p) {
            return new Principal(p.name(), "ID_CARD", p.idNumber(), p.validToEntry(), p.mobile(), p.landline(), p.email(),
                    p.emergencyPhone());
        }

        // ---- defects on entries ------------------------------------------------------------------------

        void checkDigitDefects(Person rep, List<SiteDraft> sites, String role, String material) {
            if (!has(DefectKind.ID_CHECK_DIGIT)) {
                return;
            }
            List<String> fields = new ArrayList<>(List.of(role + ".idNumber"));
            for (int s = 0; s < sites.size(); s++) {
                if (sites.get(s).person.key() == rep.key()) {
                    fields.add("sites[" + s + "].principal.idNumber");
                }
            }
            defect(DefectKind.ID_CHECK_DIGIT, fields, null, "ID number ends in " + last(rep.idNumber())
                    + ", the GB 11643 check digit is " + IdNumbers.checkDigit(rep.idNumber().substring(0, 17))
                    + " (the card shows the same number)");
        }

        void expiringDefect(Person p, List<SiteDraft> sites, String material) {
            if (!has(DefectKind.ID_EXPIRING)) {
                return;
            }
            List<String> fields = new ArrayList<>(List.of("principal.idValidTo"));
            for (int s = 0; s < sites.size(); s++) {
                if (sites.get(s).person.key() == p.key()) {
                    fields.add("sites[" + s + "].principal.idValidTo");
                }
            }
            defect(DefectKind.ID_EXPIRING, fields, material, "ID card valid to " + p.validTo() + ", "
                    + ChronoUnit.DAYS.between(today, p.validTo()) + " days after " + today);
        }

        Principal mismatchDefects(Principal principal, Person main, String mainFront, List<SiteDraft> sites,
                                  List<Principal> siteEntries, List<String> siteFronts) {
            boolean name = has(DefectKind.NAME_MISMATCH);
            boolean number = has(DefectKind.ID_NUMBER_MISMATCH);
            if (!name && !number) {
                return principal;
            }
            List<Integer> delegates = new ArrayList<>();
            for (int s = 0; s < sites.size(); s++) {
                if (sites.get(s).delegate) {
                    delegates.add(s);
                }
            }
            int target = !delegates.isEmpty() && r.chance(0.5) ? r.pick(delegates) : -1;
            Principal entry = target < 0 ? principal : siteEntries.get(target);
            Person person = target < 0 ? main : sites.get(target).person;
            String path = target < 0 ? "principal" : "sites[" + target + "].principal";
            String material = target < 0 ? mainFront : siteFronts.get(target);
            if (name) {
                String typed = mistypedName(person);
                entry = new Principal(typed, entry.idType(), entry.idNumber(), entry.idValidTo(), entry.mobile(),
                        entry.landline(), entry.email(), entry.emergencyPhone());
                defect(DefectKind.NAME_MISMATCH, List.of(path + ".name"), material,
                        "entered " + typed + ", the ID card shows " + person.name());
            }
            if (number) {
                String typed = otherValidIdNumber(person.idNumber());
                entry = new Principal(entry.name(), entry.idType(), typed, entry.idValidTo(), entry.mobile(),
                        entry.landline(), entry.email(), entry.emergencyPhone());
                defect(DefectKind.ID_NUMBER_MISMATCH, List.of(path + ".idNumber"), material,
                        "entered number differs from the ID card in the sequence digits; both pass GB 11643");
            }
            if (target < 0) {
                return entry;
            }
            siteEntries.set(target, entry);
            return principal;
        }

        String mistypedName(Person p) {
            List<Word> pool = p.male() ? data.givenMale : data.givenFemale;
            String name = p.name();
            Word w;
            do {
                w = r.pick(pool);
            } while (name.endsWith(w.text()));
            return name.substring(0, name.length() - 1) + w.text();
        }

        String otherValidIdNumber(String id) {
            String seq;
            do {
                seq = r.digits(2);
            } while (seq.equals(id.substring(14, 16)));
            String first17 = id.substring(0, 14) + seq + id.charAt(16);
            return first17 + IdNumbers.checkDigit(first17);
        }

        Principal contactDefects(Principal p, City c) {
            String landline = p.landline();
            String email = p.email();
            if (has(DefectKind.LANDLINE_FORMAT)) {
                String number = r.between(2, 8) + r.digits(7);
                double v = r.nextDouble();
                landline = v < 0.3 ? c.area() + "-" + number
                        : v < 0.55 ? "086" + c.area() + number
                        : v < 0.8 ? "086-" + c.area() + "-" + number.substring(0, 4)
                        : "86-" + c.area().substring(1) + "-" + number;
                defect(DefectKind.LANDLINE_FORMAT, List.of("principal.landline"), null,
                        "landline " + landline + " is not 086-area-number");
            }
            if (has(DefectKind.EMAIL_FORMAT)) {
                int at = email.indexOf('@');
                String local = email.substring(0, at);
                String host = email.substring(at + 1);
                double v = r.nextDouble();
                email = v < 0.25 ? local + host
                        : v < 0.5 ? local + "@" + host.replace(".", "")
                        : v < 0.75 ? local + "@@" + host
                        : local + "@" + host.replace('.', ',');
                defect(DefectKind.EMAIL_FORMAT, List.of("principal.email"), null, "e-mail " + email + " is malformed");
            }
            if (landline == null ? p.landline() == null : landline.equals(p.landline())) {
                if (email.equals(p.email())) {
                    return p;
                }
            }
            return new Principal(p.name(), p.idType(), p.idNumber(), p.idValidTo(), p.mobile(), landline, email,
                    p.emergencyPhone());
        }

        String addressDefect(String address, String landmark) {
            if (!has(DefectKind.ADDRESS_NOT_DETAILED)) {
                return address;
            }
            String vague = city.name() + district.name() + r.pick(data.raw.roads()) + (r.chance(0.5) ? landmark : "");
            defect(DefectKind.ADDRESS_NOT_DETAILED, List.of("subject.address"), null,
                    "address " + vague + " has no house number");
            return vague;
        }

        void applyImageDefect() {
            if (!has(DefectKind.IMAGE_UNCLEAR)) {
                return;
            }
            Set<String> referenced = new HashSet<>();
            for (DemoTruth.Defect d : truthDefects) {
                if (d.material() != null) {
                    referenced.add(d.material());
                }
            }
            Set<String> kinds = Set.of("BUSINESS_LICENSE", "ID_CARD_FRONT", "ID_CARD_BACK");
            List<Integer> candidates = new ArrayList<>();
            for (int i = 0; i < materials.size(); i++) {
                Material m = materials.get(i).material();
                if (kinds.contains(m.kind()) && !referenced.contains(m.id())) {
                    candidates.add(i);
                }
            }
            int i = r.pick(candidates);
            PlannedMaterial m = materials.get(i);
            Effect effect = r.chance(0.5) ? Effect.BLURRED : Effect.TOO_DARK;
            materials.set(i, new PlannedMaterial(m.material(), withEffect(m.spec(), effect)));
            defect(DefectKind.IMAGE_UNCLEAR, List.of("materials[" + i + "]"), m.material().id(),
                    m.material().kind() + " image is " + (effect == Effect.BLURRED ? "blurred" : "too dark"));
        }

        ImageSpec withEffect(ImageSpec spec, Effect effect) {
            if (spec instanceof ImageSpec.IdCardFront f) {
                return new ImageSpec.IdCardFront(f.person(), f.variant(), effect);
            } else if (spec instanceof ImageSpec.IdCardBack b) {
                return new ImageSpec.IdCardBack(b.person(), b.variant(), effect);
            } else if (spec instanceof ImageSpec.BusinessLicense l) {
                return new ImageSpec.BusinessLicense(l.creditCode(), l.name(), l.type(), l.legalRepresentative(),
                        l.address(), l.capital(), l.established(), l.term(), l.scope(), l.authority(), l.issued(),
                        l.variant(), effect);
            }
            throw new IllegalArgumentException("No planted effect for " + spec.getClass().getSimpleName());
        }

        // ---- materials ---------------------------------------------------------------------------------

        String add(String file, String kind, String owner, ImageSpec spec, Map<String, String> fields) {
            String id = "m" + (materials.size() + 1);
            materials.add(new PlannedMaterial(new Material(id, kind, owner, file), spec));
            if (fields != null) {
                printed.put(id, new DemoTruth.Printed(kind, fields));
            }
            return id;
        }

        String addIdFront(String file, String owner, Person p) {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("name", p.name());
            fields.put("sex", p.sex());
            fields.put("ethnicity", p.ethnicity());
            fields.put("birth_date", p.birthDate().toString());
            fields.put("address", p.address());
            fields.put("id_number", p.idNumber());
            return add(file, "ID_CARD_FRONT", owner, new ImageSpec.IdCardFront(p, variant(2, p.key()), Effect.NONE), fields);
        }

        String addIdBack(String file, String owner, Person p) {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("issuing_authority", p.issuingAuthority());
            fields.put("valid_from", p.validFrom().toString());
            fields.put("valid_to", p.validToEntry());
            return add(file, "ID_CARD_BACK", owner, new ImageSpec.IdCardBack(p, variant(3, p.key()), Effect.NONE), fields);
        }

        void addBackdrop(String file, String owner, Person p) {
            add(file, "BACKDROP_PHOTO", owner, new ImageSpec.BackdropPhoto(p.male(), variant(4, p.key()), Effect.NONE), null);
        }

        void addDomainCertificate(String file, String owner, SiteDraft site, String registrant) {
            LocalDate registered = today.minusDays(r.between(45, 3650));
            LocalDate expires = registered.plusYears(r.between(1, 5));
            while (!expires.isAfter(today.plusDays(90))) {
                expires = expires.plusYears(1);
            }
            String serial = "ZC" + registered.format(ID_DATE) + r.digits(8);
            ImageSpec spec = new ImageSpec.DomainCertificate(site.domain, registrant, registered, expires,
                    r.pick(data.raw.registrars()), serial, variant(5, materials.size()), Effect.NONE);
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("domain", site.domain);
            fields.put("registrant", registrant);
            fields.put("registered_date", registered.toString());
            fields.put("expiry_date", expires.toString());
            add(file, "DOMAIN_CERTIFICATE", owner, spec, fields);
        }

        long variant(int kind, int key) {
            return Rng.seedOf(seed, 2, index, kind, key);
        }
    }

    /** The entered parts of an order. */
    private record OrderParts(Subject subject, Principal principal, List<Site> sites) {
    }

    private static final class Company {
        Word brand;
        Industry industry;
        String prefix;
        String suffix;
        String type;
        String name;
        String creditCode;
        String capital;
        LocalDate established;
        String term;
        String scope;
        String authority;
        LocalDate issued;
        String address;
    }

    private static final class SiteDraft {
        String name;
        String domain;
        String homepage;
        String contentType;
        String remark;
        Topic topic;
        Person person;
        boolean delegate;
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    static char otherThan(String alphabet, char c) {
        int i = alphabet.indexOf(c);
        return alphabet.charAt((i + 1 + (int) Math.floorMod(Rng.mix(c), (long) (alphabet.length() - 1))) % alphabet.length());
    }

    private static String last(String s) {
        return s.substring(s.length() - 1);
    }

    private static String strip(String s, String suffix) {
        return s.endsWith(suffix) && s.length() > suffix.length() ? s.substring(0, s.length() - suffix.length()) : s;
    }

}
