package app.convene.stakeholders;

import app.convene.shared.database.SharedReads;
import app.convene.shared.ui.RequestMemo;
import app.convene.stakeholders.internal.StakeholderSettingsRepository;
import java.util.Optional;

/**
 * An initiative's stakeholder settings as one request read them (RequestMemo, decision 0057): the page's Join link,
 * its partner list (whether grouped by county, once per group) and the Join page ask for them several times. Changes
 * read and write the entity itself; their commit makes every request read the settings again. Requests share the row
 * while the database is unchanged ({@link SharedReads}, decision 67).
 */
final class SettingsRead {

    /** The stored row; empty where the coordinators never changed anything. */
    record Row(Boolean registrationOpen, String joinText, String joinTextEs, boolean partnersByCounty) {
    }

    private record Of(long initiativeId) {
    }

    private SettingsRead() {
    }

    static Optional<Row> of(StakeholderSettingsRepository settings, SharedReads shared, long initiativeId) {
        return RequestMemo.get(new Of(initiativeId), () -> shared.get(new Of(initiativeId), () -> settings
                .findById(initiativeId).map(s -> new Row(s.getRegistrationOpen(), s.getJoinText(), s.getJoinTextEs(),
                        s.isPartnersByCounty()))));
    }
}
