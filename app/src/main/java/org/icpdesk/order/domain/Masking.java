package org.icpdesk.order.domain;

/** Masks personal data for display and logs: ID numbers and phone numbers are never shown whole where not needed. */
public final class Masking {
    private Masking() {
    }

    /** {@code 440305199001011234} becomes {@code 4403**********1234}; short values keep only their last 2. */
    public static String idNumber(String id) {
        if (id == null || id.isEmpty()) {
            return id;
        }
        if (id.length() < 8) {
            return "*".repeat(Math.max(0, id.length() - 2)) + id.substring(Math.max(0, id.length() - 2));
        }
        return id.substring(0, 4) + "*".repeat(id.length() - 8) + id.substring(id.length() - 4);
    }

    /** {@code 13800001234} becomes {@code 138****1234}; landlines keep their area code and last 4 digits. */
    public static String phone(String phone) {
        if (phone == null || phone.length() < 7) {
            return phone == null ? null : "*".repeat(phone.length());
        }
        int keepHead = phone.startsWith("086-") ? phone.indexOf('-', 4) + 1 : 3;
        if (keepHead <= 0 || keepHead > phone.length() - 4) {
            keepHead = 3;
        }
        return phone.substring(0, keepHead) + "*".repeat(phone.length() - keepHead - 4) + phone.substring(phone.length() - 4);
    }
}
