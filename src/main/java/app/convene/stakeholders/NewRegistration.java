package app.convene.stakeholders;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import java.util.Set;

/**
 * What the public "Join this initiative" form (and a CSV import row) says about a person.
 * Either an existing organization or a proposed new one is named. {@code language}: the language the form was
 * filled in (a language tag; mail to the registrant is written in it; null: English).
 */
public record NewRegistration(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Email @Size(max = 320) String email,
        Long organizationId,
        @Size(max = 300) String proposedOrganization,
        @Size(max = 200) String title,
        @NotNull Sector sector,
        @Size(max = 120) String county,
        @Size(max = 200) String region,
        @Size(max = 300) String languages,
        @Size(max = 2000) String accessibilityNeeds,
        @NotNull @Size(max = 50) Set<Long> goalIds,
        boolean directoryConsent,
        @NotNull Demographics demographics,
        @Size(max = 8) String language) {

    public NewRegistration {
        // Spaces around an email are a typing accident, not a different address.
        email = email == null ? null : email.strip();
        name = name == null ? null : name.strip();
        goalIds = goalIds == null ? Set.of() : Set.copyOf(goalIds);
        demographics = demographics == null ? Demographics.NONE : demographics;
    }

    /** Answers without the form's language (imports, tests): mail to the registrant is in English. */
    public NewRegistration(String name, String email, Long organizationId, String proposedOrganization, String title,
                           Sector sector, String county, String region, String languages, String accessibilityNeeds,
                           Set<Long> goalIds, boolean directoryConsent, Demographics demographics) {
        this(name, email, organizationId, proposedOrganization, title, sector, county, region, languages,
                accessibilityNeeds, goalIds, directoryConsent, demographics, null);
    }

    /** The same answers, filled in the given language. */
    public NewRegistration inLanguage(Locale locale) {
        return new NewRegistration(name, email, organizationId, proposedOrganization, title, sector, county, region,
                languages, accessibilityNeeds, goalIds, directoryConsent, demographics,
                locale == null ? null : locale.getLanguage());
    }

    /** The organization: one picked from the directory, or a new one proposed by name. */
    @AssertTrue
    public boolean isOrganizationNamed() {
        return organizationId != null || (proposedOrganization != null && !proposedOrganization.isBlank());
    }

    /** Emails are compared trimmed and in lower case: "  Ana@Example.org " is ana@example.org. */
    public static String emailKey(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
