package org.icpdesk.ocr.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The printed labels of each certificate kind and the field each one introduces. Labels that introduce no field we
 * read ({@code 经营范围}, {@code 证书编号}, the titles) are listed too: they end the value of the label before them.
 */
public final class Labels {

    /** A label text and the field key it introduces ({@code null} for a label that only ends other values). */
    public record Label(String text, String field) {
    }

    /** Pseudo-field of the ID card back's 有效期限 line: split into {@code valid_from} and {@code valid_to}. */
    public static final String VALID_PERIOD = "valid_period";

    private static final Map<CertificateKind, List<Label>> LABELS = new LinkedHashMap<>();

    static {
        put(CertificateKind.ID_CARD_FRONT, "name", "姓名");
        put(CertificateKind.ID_CARD_FRONT, "sex", "性别");
        put(CertificateKind.ID_CARD_FRONT, "ethnicity", "民族");
        put(CertificateKind.ID_CARD_FRONT, "birth_date", "出生");
        put(CertificateKind.ID_CARD_FRONT, "address", "住址");
        put(CertificateKind.ID_CARD_FRONT, "id_number", "公民身份号码");
        put(CertificateKind.ID_CARD_BACK, "issuing_authority", "签发机关");
        put(CertificateKind.ID_CARD_BACK, VALID_PERIOD, "有效期限");
        put(CertificateKind.ID_CARD_BACK, null, "中华人民共和国", "居民身份证");
        put(CertificateKind.BUSINESS_LICENSE, "credit_code", "统一社会信用代码");
        put(CertificateKind.BUSINESS_LICENSE, "name", "名称");
        put(CertificateKind.BUSINESS_LICENSE, "type", "类型", "组成形式");
        put(CertificateKind.BUSINESS_LICENSE, "legal_representative", "法定代表人", "执行事务合伙人", "负责人", "经营者", "投资人");
        put(CertificateKind.BUSINESS_LICENSE, "address", "主要经营场所", "经营场所", "住所");
        put(CertificateKind.BUSINESS_LICENSE, "registered_capital", "注册资本", "出资额", "注册资金");
        put(CertificateKind.BUSINESS_LICENSE, "established_date", "成立日期", "注册日期");
        put(CertificateKind.BUSINESS_LICENSE, null, "营业执照", "营业期限", "经营范围", "登记机关", "副本", "正本");
        put(CertificateKind.DOMAIN_CERTIFICATE, null, "域名注册证书", "注册服务机构", "证书编号", "特此证明");
        put(CertificateKind.DOMAIN_CERTIFICATE, "domain", "域名");
        put(CertificateKind.DOMAIN_CERTIFICATE, "registrant", "域名持有者", "注册者", "注册人", "持有者");
        put(CertificateKind.DOMAIN_CERTIFICATE, "registered_date", "注册日期", "注册时间");
        put(CertificateKind.DOMAIN_CERTIFICATE, "expiry_date", "到期日期", "到期时间", "过期日期");
        for (List<Label> l : LABELS.values()) {
            l.sort(Comparator.comparingInt((Label x) -> -x.text().length()));
        }
    }

    private Labels() {
    }

    private static void put(CertificateKind kind, String field, String... texts) {
        List<Label> list = LABELS.computeIfAbsent(kind, k -> new ArrayList<>());
        for (String t : texts) {
            list.add(new Label(t, field));
        }
    }

    /** The labels of a kind, longest first. */
    public static List<Label> of(CertificateKind kind) {
        return LABELS.get(kind);
    }
}
