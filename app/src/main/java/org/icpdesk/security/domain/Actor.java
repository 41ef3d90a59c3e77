package org.icpdesk.security.domain;

import java.util.Objects;

/** Who does something: a login and the role in which it is done. */
public record Actor(String login, Role role) {
    public Actor {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(role, "role");
    }

    public static Actor system() {
        return new Actor("system", Role.SYSTEM);
    }

    /** The OS user as a reviewer, until users and roles arrive with the supervisor issue. */
    public static Actor localReviewer() {
        String user = System.getProperty("user.name", "reviewer");
        return new Actor(user.isBlank() ? "reviewer" : user, Role.REVIEWER);
    }
}
