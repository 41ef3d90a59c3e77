package org.icpdesk.review.service;

/**
 * An assisted edit the reviewer asks for.
 *
 * @param materialId the material that proves the new value; null takes the first material backing the field
 */
public record EditRequest(String field, String after, String materialId) {
    @Override
    public String toString() {
        return "EditRequest[" + field + ", material=" + materialId + "]";
    }
}
