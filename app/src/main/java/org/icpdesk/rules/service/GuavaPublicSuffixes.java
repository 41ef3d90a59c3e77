package org.icpdesk.rules.service;

import com.google.common.net.InternetDomainName;
import java.util.Optional;
import org.icpdesk.rules.domain.PublicSuffixes;

/** The public suffix list as Guava carries it ({@link InternetDomainName#topPrivateDomain()}). */
public final class GuavaPublicSuffixes implements PublicSuffixes {
    @Override
    public Optional<String> registrableDomain(String host) {
        if (host == null || host.isEmpty() || !InternetDomainName.isValid(host)) {
            return Optional.empty();
        }
        InternetDomainName name = InternetDomainName.from(host);
        if (!name.isUnderPublicSuffix()) {
            return Optional.empty();
        }
        return Optional.of(name.topPrivateDomain().toString());
    }
}
