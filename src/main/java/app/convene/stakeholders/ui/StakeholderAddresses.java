package app.convene.stakeholders.ui;

/** The addresses of the stakeholders module's pages (relative, as the router reads them). */
final class StakeholderAddresses {

    private StakeholderAddresses() {
    }

    /** The initiative's own page, the base of every address below. */
    static String initiative(String slug) {
        return "initiatives/" + slug;
    }

    static String directory(String slug) {
        return initiative(slug) + "/directory";
    }

    static String registrations(String slug) {
        return initiative(slug) + "/registrations";
    }

    static String importStakeholders(String slug) {
        return initiative(slug) + "/import";
    }

    static String organization(String slug, long organizationId) {
        return initiative(slug) + "/organizations/" + organizationId;
    }
}
