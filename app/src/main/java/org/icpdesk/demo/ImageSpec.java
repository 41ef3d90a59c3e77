package org.icpdesk.demo;

import java.time.LocalDate;

/**
 * Everything needed to draw one material image; equal specs give identical bytes. {@code variant} seeds the
 * small scan-to-scan differences (position, tint); {@code effect} plants an unreadable image.
 */
sealed interface ImageSpec permits ImageSpec.IdCardFront, ImageSpec.IdCardBack, ImageSpec.BusinessLicense,
        ImageSpec.DomainCertificate, ImageSpec.BackdropPhoto, ImageSpec.AuthorizationLetter, ImageSpec.SitePlan {

    long variant();

    Effect effect();

    /** File extension, which decides the encoding. */
    default String extension() {
        return "jpg";
    }

    /** A planted quality problem. */
    enum Effect {
        NONE, BLURRED, TOO_DARK
    }

    record IdCardFront(Person person, long variant, Effect effect) implements ImageSpec {
    }

    record IdCardBack(Person person, long variant, Effect effect) implements ImageSpec {
    }

    record BusinessLicense(String creditCode, String name, String type, String legalRepresentative, String address,
                           String capital, LocalDate established, String term, String scope, String authority,
                           LocalDate issued, long variant, Effect effect) implements ImageSpec {
    }

    record DomainCertificate(String domain, String registrant, LocalDate registered, LocalDate expires,
                             String registrar, String serial, long variant, Effect effect) implements ImageSpec {
        @Override
        public String extension() {
            return "png";
        }
    }

    record BackdropPhoto(boolean male, long variant, Effect effect) implements ImageSpec {
    }

    record AuthorizationLetter(String unit, String legalRepresentative, String delegate, String delegateId,
                               String siteName, String domain, LocalDate date, long variant, Effect effect) implements ImageSpec {
    }

    /** A website construction plan (网站建设方案书) of one site, as a subject with filed sites supplies in Hunan. */
    record SitePlan(String unit, String siteName, String domain, String content, LocalDate date, long variant, Effect effect)
            implements ImageSpec {
    }
}
