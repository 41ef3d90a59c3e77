package org.icpdesk.demo;

/**
 * The defects the demo generator plants, each with the rejection code of
 * {@code shared/domain/rejection-reasons.yaml} a reviewer (or {@code check}) should give for it. Each defect is
 * planted so that, on its own, it calls for exactly this code.
 */
public enum DefectKind {
    /** A unit principal's ID number with a wrong check digit (entered and printed alike). */
    ID_CHECK_DIGIT("RSP-ID-NUMBER-INVALID", Scope.UNIT, Group.ID_NUMBER),
    /** A credit code with a wrong check character (entered and printed alike). */
    CREDIT_CODE_CHECK_CHAR("SUB-CERT-NUMBER-INVALID", Scope.UNIT, Group.SUBJECT_CERTIFICATE),
    /** The entered name of a principal differs from the name on the ID card image. */
    NAME_MISMATCH("RSP-NAME-MISMATCH", Scope.ANY, Group.IMAGE_TEXT),
    /** The entered ID number (valid in itself) differs from the number on the ID card image. */
    ID_NUMBER_MISMATCH("RSP-ID-NUMBER-MISMATCH", Scope.ANY, Group.ID_NUMBER),
    /** The entered unit name differs from the name on the business licence. */
    SUBJECT_NAME_MISMATCH("SUB-NAME-MISMATCH", Scope.UNIT, Group.SUBJECT_CERTIFICATE),
    /** The unit principal is younger than 16. */
    UNDERAGE("RSP-UNDERAGE", Scope.UNIT, Group.ID_NUMBER),
    /** The principal's ID card expires less than 3 months after the bundle date. */
    ID_EXPIRING("RSP-ID-EXPIRING", Scope.ANY, Group.ID_VALIDITY),
    /** A personal site name with a generic word such as 工作室 or 平台. */
    PERSONAL_GENERIC_WORD("NAME-PERSONAL-GENERIC-WORDS", Scope.INDIVIDUAL, Group.SITE_NAME),
    /** A personal site name with an interactive-service word such as 交流 or 在线. */
    INTERACTIVE_WORD("NAME-INTERACTIVE-SERVICE", Scope.INDIVIDUAL, Group.SITE_NAME),
    /** A personal site name starting with 中国, 中华 or 国家. */
    NATIONAL_WORD("NAME-NATIONAL-WORDS", Scope.INDIVIDUAL, Group.SITE_NAME),
    /** A site name of fewer than three Chinese characters. */
    SITE_NAME_TOO_SHORT("NAME-TOO-SHORT", Scope.ANY, Group.SITE_NAME),
    /** A homepage URL that does not contain the filed domain. */
    HOMEPAGE_WITHOUT_DOMAIN("DOM-HOMEPAGE-URL-INVALID", Scope.ANY, Group.DOMAIN),
    /** A domain under a suffix MIIT has not approved (.io, .me). Never planted in Beijing, which exempts it. */
    TLD_NOT_APPROVED("DOM-TLD-NOT-APPROVED", Scope.ANY, Group.DOMAIN),
    /** A landline not written as 086-area-number. */
    LANDLINE_FORMAT("RSP-LANDLINE-INVALID", Scope.ANY, Group.LANDLINE),
    /** An e-mail address that is not well formed. */
    EMAIL_FORMAT("RSP-EMAIL-INVALID", Scope.ANY, Group.EMAIL),
    /** A certificate image that is blurred or too dark to read. */
    IMAGE_UNCLEAR("DOC-UNCLEAR", Scope.ANY, Group.IMAGE_TEXT),
    /** A communication address without a house number. */
    ADDRESS_NOT_DETAILED("SUB-ADDRESS-NOT-DETAILED", Scope.ANY, Group.ADDRESS);

    /** Which subjects a defect can be planted on. */
    public enum Scope {
        UNIT, INDIVIDUAL, ANY
    }

    /** Two defects of one order never share a group (they would mask each other). */
    enum Group {
        ID_NUMBER, ID_VALIDITY, SUBJECT_CERTIFICATE, IMAGE_TEXT, SITE_NAME, DOMAIN, LANDLINE, EMAIL, ADDRESS
    }

    private final String code;
    private final Scope scope;
    private final Group group;

    DefectKind(String code, Scope scope, Group group) {
        this.code = code;
        this.scope = scope;
        this.group = group;
    }

    /** The rejection code of {@code rejection-reasons.yaml}. */
    public String code() {
        return code;
    }

    public Scope scope() {
        return scope;
    }

    Group group() {
        return group;
    }

    /** Whether the defect can be planted on an order of this subject kind in this province. */
    boolean fits(boolean unit, String province) {
        if (scope == Scope.UNIT && !unit || scope == Scope.INDIVIDUAL && unit) {
            return false;
        }
        if (this == TLD_NOT_APPROVED && "11".equals(province)) {
            return false;                       // Beijing accepts unapproved suffixes (002:441)
        }
        boolean personalName = group == Group.SITE_NAME && !unit;
        return !(personalName && "32".equals(province));   // Jiangsu prescribes its own personal-site names
    }
}
