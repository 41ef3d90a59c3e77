package org.icpdesk.rules.domain;

import java.util.List;

/**
 * One problem the rules found in an order.
 *
 * @param code            a code of the rejection-reason catalogue
 * @param severity        error, warning or info (spec/cli.md)
 * @param fields          bundle paths of the fields concerned, e.g. {@code sites[0].name}, {@code principal.idNumber}
 * @param entered         the value the applicant entered, when one value is at stake; may be null
 * @param extracted       the value read from the material (OCR), when the finding compares with one; may be null
 * @param material        the {@code id} of the material the finding points at; may be null
 * @param message         what the applicant reads, with the specifics filled in
 * @param ruleId          the rule that fired: {@code <rule id>} (national), {@code <province>/<rule id>} or {@code reference/<id>}
 * @param source          where the rule comes from ({@code <seed file>:<line>} or a standard)
 * @param ruleDataVersion version of the rule data the finding came from
 */
public record Finding(
        String code,
        Severity severity,
        List<String> fields,
        String entered,
        String extracted,
        String material,
        LocalizedText message,
        String ruleId,
        String source,
        String ruleDataVersion) {

    public Finding {
        fields = List.copyOf(fields);
    }

    /** Never shows the entered or extracted values: they may be ID or phone numbers. */
    @Override
    public String toString() {
        return "Finding[" + code + ", " + severity.json() + ", fields=" + fields + ", material=" + material + ", rule=" + ruleId + "]";
    }
}
