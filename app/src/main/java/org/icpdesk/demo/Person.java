package org.icpdesk.demo;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * A synthetic person as the ID card shows them. {@code idNumber} is what is printed (it may carry a planted
 * wrong check digit); {@code validTo} is null for a long-term card (长期). Contact data are what the person
 * would enter. Synthetic data only: still, {@link #toString()} shows no personal fields.
 */
record Person(
        int key,
        String name,
        String pinyin,
        String initials,
        boolean male,
        String ethnicity,
        LocalDate birthDate,
        String idNumber,
        String address,
        String issuingAuthority,
        LocalDate validFrom,
        LocalDate validTo,
        String mobile,
        String emergencyPhone,
        String landline,
        String email) {

    static final String LONG_TERM = "长期";
    private static final DateTimeFormatter CARD_DATE = DateTimeFormatter.ofPattern("yyyy.MM.dd");

    String sex() {
        return male ? "男" : "女";
    }

    /** {@code idValidTo} as entered in an order: ISO date or 长期. */
    String validToEntry() {
        return validTo == null ? LONG_TERM : validTo.toString();
    }

    /** The validity line on the back of the card, e.g. {@code 2016.03.01-2036.03.01}. */
    String validityLine() {
        return validFrom.format(CARD_DATE) + "-" + (validTo == null ? LONG_TERM : validTo.format(CARD_DATE));
    }

    @Override
    public String toString() {
        return "Person[key=" + key + "]";
    }
}
