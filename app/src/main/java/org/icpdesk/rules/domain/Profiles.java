package org.icpdesk.rules.domain;

import java.util.Map;

/** The provider profiles and which provider uses which; unknown providers get the default profile. */
public record Profiles(int version, String defaultProfile, Map<String, Profile> profiles, Map<String, String> providers) {
    public Profiles {
        profiles = Map.copyOf(profiles);
        providers = Map.copyOf(providers);
        if (!profiles.containsKey(defaultProfile)) {
            throw new IllegalArgumentException("Default profile " + defaultProfile + " is not defined");
        }
    }

    public Profile forProvider(String provider) {
        String name = provider == null ? null : providers.get(provider);
        return profiles.get(name != null && profiles.containsKey(name) ? name : defaultProfile);
    }
}
