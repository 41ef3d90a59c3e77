package org.icpdesk.rules.service;

import org.icpdesk.rules.domain.Profiles;
import org.icpdesk.rules.domain.ReferenceData;
import org.icpdesk.rules.domain.RuleCatalogue;

/** The loaded rule data: catalogue (rules and reasons), reference data and provider profiles. */
public record RuleData(RuleCatalogue catalogue, ReferenceData reference, Profiles profiles) {
}
