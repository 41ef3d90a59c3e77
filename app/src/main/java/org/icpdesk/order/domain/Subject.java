package org.icpdesk.order.domain;

/** The filing subject (主办者): a unit or an individual. */
public record Subject(
        String kind,
        String name,
        String certificateType,
        String certificateNumber,
        String legalRepresentative,
        String province,
        String city,
        String district,
        String address,
        String residenceAddress,
        String investor,
        String remark) {

    public boolean isUnit() {
        return "unit".equals(kind);
    }

    @Override
    public String toString() {
        return "Subject[kind=" + kind + ", province=" + province + ", certificateType=" + certificateType
                + ", certificateNumber=" + Masking.idNumber(certificateNumber) + "]";
    }
}
