package org.icpdesk.order.domain;

/** A subject principal or website principal. Holds personal data: {@link #toString()} masks it. */
public record Principal(
        String name,
        String idType,
        String idNumber,
        String idValidTo,
        String mobile,
        String landline,
        String email,
        String emergencyPhone) {

    @Override
    public String toString() {
        return "Principal[idType=" + idType + ", idNumber=" + Masking.idNumber(idNumber)
                + ", mobile=" + Masking.phone(mobile) + "]";
    }
}
