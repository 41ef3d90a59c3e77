package org.icpdesk.audit.domain;

/** Result of checking the chain: intact with its length, or the first record that does not fit. */
public record AuditVerification(boolean intact, long records, Long firstBrokenSeq, String headHash) {
}
