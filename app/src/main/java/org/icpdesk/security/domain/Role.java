package org.icpdesk.security.domain;

/** What a person may do on the desk. Decisions and audit records carry the role the actor had. */
public enum Role {
    REVIEWER, CLERK, SUPERVISOR,
    /** The program itself (imports, first-start demo data). */
    SYSTEM
}
