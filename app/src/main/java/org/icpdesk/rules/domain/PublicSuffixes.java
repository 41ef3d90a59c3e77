package org.icpdesk.rules.domain;

import java.util.Optional;

/** The public suffix list: which part of a host name is registrable ({@code x.com.cn} is, {@code a.x.com.cn} is not). */
public interface PublicSuffixes {
    /** The registrable domain of {@code host} (lower-case, Unicode), or empty when it has none (a bare suffix, an IP). */
    Optional<String> registrableDomain(String host);
}
