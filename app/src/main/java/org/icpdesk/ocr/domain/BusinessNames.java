package org.icpdesk.ocr.domain;

import java.util.List;

/**
 * A business licence's name as the detector may return it on a keystoned photo: run together with the type cell
 * beside or below it in one engine line, either after the name ({@code 曲靖市馨石软件有限公司其他有限责任公司}) or before it
 * ({@code 有限责任公司（自然人投资或控长沙市青禾设计有限公司}). The type values are the registration authority's fixed
 * list, and no business name starts with one or has one after its own form, so the type part can be cut off.
 */
final class BusinessNames {
    /** Licence types (市场主体类型) as printed, width-folded; longest first within a family. */
    private static final List<String> TYPES = List.of(
            "有限责任公司(自然人投资或控股的法人独资)", "有限责任公司(自然人投资或控股)", "有限责任公司(自然人独资)",
            "有限责任公司(非自然人投资或控股的法人独资)", "有限责任公司(法人独资)", "有限责任公司(国有独资)",
            "有限责任公司(外商投资企业法人独资)", "有限责任公司(港澳台法人独资)", "其他有限责任公司", "有限责任公司",
            "股份有限公司(非上市、自然人投资或控股)", "股份有限公司(非上市、国有控股)", "股份有限公司(非上市)",
            "股份有限公司(上市)", "其他股份有限公司(非上市)", "股份有限公司", "个人独资企业", "普通合伙企业", "有限合伙企业",
            "个体工商户", "农民专业合作社", "集体所有制", "全民所有制");
    /** Endings of a business name: a name that ends so is complete unless a bracket (（有限合伙）) follows. */
    private static final List<String> FORMS = List.of("公司", "厂", "店", "中心", "合伙企业", "合伙）", "合伙)",
            "事务所", "工作室", "商行", "经营部", "合作社", "研究院", "研究所", "门市部", "分部");
    /** A type run in must be this long to be taken for one (a short tail may be the name's own). */
    private static final int MIN_TYPE = 4;

    private BusinessNames() {
    }

    /** True when a business name read so far is complete: it ends with a form of business. */
    static boolean complete(String text) {
        String t = OcrText.removeNoise(text);
        for (String form : FORMS) {
            if (t.endsWith(form)) {
                return true;
            }
        }
        return false;
    }

    /** {@code name} without a licence type run into it before or after; unchanged when there is none. */
    static String withoutType(String name) {
        if (name == null || name.isEmpty()) {
            return name;
        }
        String t = OcrText.foldWidth(name);
        String after = withoutTypeAfter(t);
        String before = withoutTypeBefore(after);
        return before.equals(t) ? name : before;
    }

    /** {@code …有限公司其他有限责任公司}: the name ends at the first form after which a type (or its start) follows. */
    private static String withoutTypeAfter(String t) {
        for (int i = 1; i < t.length(); i++) {
            String head = t.substring(0, i);
            String rest = t.substring(i);
            if (rest.length() >= MIN_TYPE && complete(head) && isTypeStart(rest)) {
                return head;
            }
        }
        return t;
    }

    /** {@code 有限责任公司（自然人投资或控长沙市…有限公司}: the longest type start before a complete name is cut off. */
    private static String withoutTypeBefore(String t) {
        int cut = 0;
        for (String type : TYPES) {
            int common = 0;
            while (common < type.length() && common < t.length() && type.charAt(common) == t.charAt(common)) {
                common++;
            }
            if (common >= Math.min(type.length(), 6) && common > cut) {
                cut = common;
            }
        }
        if (cut == 0) {
            return t;
        }
        String rest = t.substring(cut);
        return rest.length() >= MIN_TYPE && complete(rest) ? rest : t;
    }

    /** True when {@code s} is a licence type, or the start of one (the line cut it), or a type and more. */
    private static boolean isTypeStart(String s) {
        for (String type : TYPES) {
            if (type.startsWith(s) || s.startsWith(type)) {
                return true;
            }
        }
        return false;
    }
}
