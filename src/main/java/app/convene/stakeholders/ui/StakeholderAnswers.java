package app.convene.stakeholders.ui;

import app.convene.initiatives.InitiativeDirectory.GoalRef;
import app.convene.stakeholders.Demographics;
import app.convene.stakeholders.OrganizationOption;
import app.convene.stakeholders.Sector;
import java.util.Set;

/**
 * The stakeholder form's answers as the form's {@code Binder} reads and writes them (one component
 * per field, named as the field), before they become a {@code NewRegistration}.
 */
public record StakeholderAnswers(String name, String email, OrganizationOption organization, String title, Sector sector,
                                 String county, String region, String languages, String accessibilityNeeds,
                                 Set<GoalRef> goals, Boolean directoryConsent,
                                 Set<Demographics.RaceEthnicity> raceEthnicity, Demographics.Gender gender,
                                 Demographics.LivedExperience livedExperience) {
}
