package org.icpdesk.review.domain;

/**
 * A value changed on the applicant's behalf (DOMAIN.md section 11).
 *
 * @param field      bundle path, e.g. {@code subject.address}
 * @param before     the value the applicant entered
 * @param after      the value the material shows
 * @param basis      the material that proves it, e.g. {@code license image m1}
 * @param materialId that material's id
 * @param consent    the order carried {@code assistedEditConsent: true}
 */
public record AssistedEdit(String field, String before, String after, String basis, String materialId, boolean consent) {
    /** Never shows the values: they may be ID numbers. */
    @Override
    public String toString() {
        return "AssistedEdit[" + field + ", basis=" + basis + "]";
    }
}
