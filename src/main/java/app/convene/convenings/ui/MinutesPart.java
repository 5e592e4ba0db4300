package app.convene.convenings.ui;

import app.convene.convenings.MinutesService;
import app.convene.convenings.MinutesService.Minutes;
import app.convene.convenings.MinutesStatus;
import app.convene.convenings.internal.MinutesQueries.VersionRow;
import app.convene.shared.ui.DateTimes;
import app.convene.shared.ui.MarkdownView;
import app.convene.shared.ui.PageSection;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.Optional;

/**
 * The minutes on the convening's page: the latest approved version for whoever may see the convening; for the
 * host, the chair and the attendees also where the minutes stand, with a link to the minutes' page.
 */
@org.springframework.stereotype.Component
class MinutesPart implements ConveningPart {

    private final MinutesService minutes;
    private final DateTimes dates;

    MinutesPart(MinutesService minutes, DateTimes dates) {
        this.minutes = minutes;
        this.dates = dates;
    }

    @Override
    public int order() {
        return MINUTES;
    }

    @Override
    public Optional<Component> create(long conveningId) {
        Minutes m = minutes.minutes(conveningId);
        if (m.versions().isEmpty() && !m.rights().readDraft()) {
            return Optional.empty();
        }
        return Optional.of(new MinutesSection(m, dates));
    }

    /** "Version 2, approved by … on …". */
    static Paragraph approval(Component context, java.util.Locale locale, VersionRow version, DateTimes dates) {
        Paragraph p = new Paragraph(context.getTranslation("minutes.approvedBy", version.number(), version.approver(),
                dates.date(version.approvedAt(), locale)));
        p.addClassName("cv-minutes-approval");
        return p;
    }

    private static final class MinutesSection extends Section {

        MinutesSection(Minutes m, DateTimes dates) {
            PageSection.titled(this, "convening-minutes", getTranslation("minutes.title"));
            if (!m.versions().isEmpty()) {
                VersionRow latest = m.versions().getFirst();
                add(approval(this, getLocale(), latest, dates), new MarkdownView(latest.markdown()));
            }
            if (m.rights().readDraft() && m.status() != MinutesStatus.APPROVED) {
                Paragraph state = new Paragraph(getTranslation(m.status() == null ? "minutes.none"
                        : m.versions().isEmpty() ? "minutes.state." + m.status().name() : "minutes.correctionUnderway"));
                state.setId("convening-minutes-state");
                add(state);
            }
            if (m.rights().readDraft() || m.versions().size() > 1) {
                Anchor open = new Anchor("convenings/" + m.conveningId() + "/minutes", getTranslation("minutes.open"));
                open.setId("convening-minutes-open");
                add(new Paragraph(open));
            }
        }
    }
}
