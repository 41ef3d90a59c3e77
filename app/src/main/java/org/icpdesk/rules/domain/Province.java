package org.icpdesk.rules.domain;

import java.util.List;

/** A province (bureau) by GB/T 2260 code with the rules it adds to the national ones. */
public record Province(String code, String nameZh, String nameEn, String icpAbbr, String bureauPortal, List<Rule> rules) {
    public Province {
        rules = List.copyOf(rules);
    }
}
