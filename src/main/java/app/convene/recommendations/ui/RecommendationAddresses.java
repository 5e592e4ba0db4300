package app.convene.recommendations.ui;

import app.convene.initiatives.InitiativeDirectory.InitiativeRef;

/** The addresses of the recommendation pages of an initiative. */
public final class RecommendationAddresses {

    private RecommendationAddresses() {
    }

    /** The initiative's reports. */
    public static String reports(InitiativeRef initiative) {
        return "initiatives/" + initiative.slug() + "/recommendations";
    }

    /** One recommendation (its editor for drafters). */
    public static String recommendation(InitiativeRef initiative, long recommendationId) {
        return reports(initiative) + "/" + recommendationId;
    }
}
