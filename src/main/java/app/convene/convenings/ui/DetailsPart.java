package app.convene.convenings.ui;

import app.convene.convenings.ConveningAccess;
import app.convene.convenings.ConveningItem;
import app.convene.convenings.ConveningService;
import app.convene.initiatives.InitiativeAddresses;
import app.convene.initiatives.InitiativeDirectory;
import app.convene.shared.ui.PageSection;
import app.convene.workgroups.WorkgroupService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The facts of a convening: kind, status, when (in the initiative's zone, and in the reader's own when it
 * differs), where (never the online link: the RSVP part shows it to people with an RSVP), capacity, deadline.
 */
@org.springframework.stereotype.Component
class DetailsPart implements ConveningPart {

    private final ConveningService convenings;
    private final ConveningAccess access;
    private final WorkgroupService workgroups;
    private final InitiativeDirectory initiatives;

    DetailsPart(ConveningService convenings, ConveningAccess access, WorkgroupService workgroups,
                InitiativeDirectory initiatives) {
        this.convenings = convenings;
        this.access = access;
        this.workgroups = workgroups;
        this.initiatives = initiatives;
    }

    @Override
    public int order() {
        return DETAILS;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> create(long conveningId) {
        return Optional.of(new Details(convenings.get(conveningId)));
    }

    private final class Details extends Section {

        final Paragraph yourTime = new Paragraph();

        Details(ConveningItem c) {
            PageSection.titled(this, "convening-details", getTranslation("convening.details"));
            if (c.cancelled()) {
                Paragraph cancelled = new Paragraph(getTranslation("convening.cancelledNotice"));
                cancelled.setId("convening-cancelled");
                cancelled.addClassName("cv-badge");
                add(cancelled);
            }
            DescriptionList facts = new DescriptionList();
            fact(facts, "convening.kind", getTranslation("convening.kind." + c.kind().name()));
            fact(facts, "convening.when", ConveningTimes.span(c.start(), c.end(), c.zone(), getLocale()));
            fact(facts, "convening.format", getTranslation("convening.format." + c.format().name()));
            fact(facts, "convening.venue", c.venue());
            fact(facts, "convening.address", c.address());
            fact(facts, "convening.accessNotes", c.accessNotes());
            fact(facts, "convening.capacity", c.capacity() == null ? null : String.valueOf(c.capacity()));
            fact(facts, "convening.rsvpDeadline", c.rsvpDeadline() == null ? null
                    : ConveningTimes.at(c.rsvpDeadline().atZone(c.zone()), getLocale()));
            fact(facts, "convening.visibility", getTranslation("convening.visibility." + c.visibility().name()));
            if (c.hostWorkgroupId() != null) {
                fact(facts, "convening.hostWorkgroup", workgroups.details(c.hostWorkgroupId()).name());
            }
            String series = convenings.seriesTitle(c.id());
            fact(facts, "convening.series", series);
            add(facts);
            yourTime.setId("convening-your-time");
            yourTime.setVisible(false);
            add(yourTime);
            if (c.description() != null) {
                Paragraph description = new Paragraph(c.description());
                description.addClassName("cv-prewrap");
                add(description);
            }
            if (access.mayManage(c.id())) {
                String slug = initiatives.findById(c.initiativeId()).orElseThrow().slug();
                Anchor manage = new Anchor(InitiativeAddresses.of(slug, "convenings"), getTranslation("convening.manage"));
                manage.setId("convening-manage");
                add(new Paragraph(manage));
            }
            readerZone(c);
        }

        /** The reader's own time when their browser's zone differs from the initiative's. */
        private void readerZone(ConveningItem c) {
            UI ui = UI.getCurrent();
            if (ui == null) {
                return;
            }
            ui.getPage().retrieveExtendedClientDetails(details -> {
                try {
                    String id = details.getTimeZoneId();
                    ZoneId zone = id == null || id.isBlank() ? null : ZoneId.of(id);
                    if (zone != null && !zone.getRules().equals(c.zone().getRules())) {
                        yourTime.setText(getTranslation("convening.yourTime",
                                ConveningTimes.span(c.start(), c.end(), zone, getLocale())));
                        yourTime.setVisible(true);
                    }
                } catch (DateTimeException ignored) {
                    // an unknown zone: the initiative's time stands alone
                }
            });
        }

        private void fact(DescriptionList list, String key, String value) {
            if (value != null && !value.isBlank()) {
                list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
            }
        }
    }
}
