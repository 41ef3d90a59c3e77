package org.icpdesk.rules.domain;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Communication addresses (通信地址): down to the house number (002:1785), written out ("7号楼3单元101室", not "7-3-101"),
 * without special characters. The words come from the reference data, so the rules stay data.
 */
public final class Addresses {
    private static final Pattern ABBREVIATED = Pattern.compile("[0-9]+(?:-[0-9]+){1,3}");

    private final Pattern houseNumber;
    private final List<String> specialCharacters;

    /**
     * @param houseNumberMarkers words that follow a number to make a house number (号, 栋, 室 ...)
     * @param numerals           Chinese numerals that may stand for digits
     * @param specialCharacters  characters an address may not contain
     */
    public Addresses(List<String> houseNumberMarkers, List<String> numerals, List<String> specialCharacters) {
        String markers = houseNumberMarkers.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.joining("|"));
        String digits = "[0-9" + numerals.stream().map(Pattern::quote).collect(Collectors.joining()) + "]";
        this.houseNumber = Pattern.compile(digits + "+\\s*(?:" + markers + ")");
        this.specialCharacters = List.copyOf(specialCharacters);
    }

    /** True when a number followed by a house-number word occurs, e.g. {@code 8号}, {@code 3栋}, {@code 101室}, {@code 十二号}. */
    public boolean hasHouseNumber(String address) {
        return address != null && houseNumber.matcher(Texts.fold(address)).find();
    }

    /** The first number group written in short form ({@code 7-3-101}) that should be written out, or null. */
    public String abbreviatedNumber(String address) {
        if (address == null) {
            return null;
        }
        var m = ABBREVIATED.matcher(Texts.fold(address));
        return m.find() ? m.group() : null;
    }

    /** The special characters {@code address} contains (after folding full width to half width). */
    public List<String> specialCharacters(String address) {
        return Texts.occurring(address, specialCharacters);
    }
}
