package org.icpdesk.order.domain;

/** A pre-approval (前置审批) a site declares: category in kebab-case English and the document number. */
public record PreApproval(String category, String documentNumber) {
}
