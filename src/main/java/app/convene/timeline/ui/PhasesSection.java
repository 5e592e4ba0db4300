package app.convene.timeline.ui;

import app.convene.initiatives.InitiativeDetails;
import app.convene.initiatives.InitiativeDetails.PhaseInfo;
import app.convene.initiatives.InitiativeAddresses;
import app.convene.initiatives.InitiativeContentService;
import app.convene.initiatives.InitiativeService;
import app.convene.initiatives.LocalText;
import app.convene.initiatives.PublicContent;
import app.convene.shared.ui.DateTimes;
import app.convene.shared.ui.InitiativeContext;
import app.convene.shared.ui.InitiativeSection;
import app.convene.shared.ui.Markup;
import app.convene.shared.ui.PageSection;
import app.convene.timeline.MilestoneFigures;
import app.convene.timeline.MilestoneItem;
import app.convene.timeline.MilestoneService;
import app.convene.timeline.MilestoneStatus;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The plan on an initiative's page: each phase with its dates, its state (upcoming, under way, completed,
 * or ended with milestones still open), how many of its public milestones are done, and the link to the timeline.
 */
@Service
class PhasesSection implements InitiativeSection {

    private final InitiativeService initiatives;
    private final InitiativeContentService content;
    private final MilestoneService milestones;
    private final MilestoneFigures figures;
    private final DateTimes dateTimes;

    PhasesSection(InitiativeService initiatives, InitiativeContentService content, MilestoneService milestones,
                  MilestoneFigures figures, DateTimes dateTimes) {
        this.content = content;
        this.milestones = milestones;
        this.initiatives = initiatives;
        this.figures = figures;
        this.dateTimes = dateTimes;
    }

    @Override
    public int order() {
        return PHASES;
    }

    @Override
    public Optional<Component> create(InitiativeContext initiative) {
        return initiatives.findPublicBySlug(initiative.slug()).map(Phases::new);
    }

    private final class Phases extends Section {

        /** Phase names in the reader's language, or the original marked with its language. */
        private final Map<Long, LocalText> names;

        Phases(InitiativeDetails initiative) {
            names = content.publicContent(initiative.slug(), getLocale().getLanguage())
                    .map(PublicContent::phaseNames).orElse(Map.of());
            PageSection.titled(this, "phases", getTranslation("initiative.phases"));
            add(new Markup().link(InitiativeAddresses.of(initiative.slug(), "timeline"),
                    getTranslation("initiative.timeline"), "class", "cv-manage-link").in("div"));
            Map<Long, int[]> progress = figures.publicProgress(initiative.id());
            if (initiative.phases().isEmpty()) {
                add(new Paragraph(getTranslation("initiative.phases.none")));
                return;
            }
            LocalDate today = dateTimes.today();
            DateTimeFormatter format = dateTimes.dates(getLocale());
            // Read-only: the list is written as markup, one state node (decision 55).
            Map<Long, List<MilestoneItem>> publicMilestones = milestones.publicByPhase(initiative.id());
            Markup html = new Markup();
            for (PhaseInfo phase : initiative.phases()) {
                phase(html, phase, progress.get(phase.id()), publicMilestones.getOrDefault(phase.id(), List.of()), today,
                        format);
            }
            Markup.StaticHtml list = html.in("ol");
            list.addClassName("cv-phases");
            add(list);
        }

        private void phase(Markup html, PhaseInfo phase, int[] counts, List<MilestoneItem> publicMilestones,
                           LocalDate today, DateTimeFormatter format) {
            String language = getLocale().getLanguage();
            LocalText name = names.getOrDefault(phase.id(), new LocalText(phase.name(), language));
            html.open("li", "class", "cv-phase")
                    .element("h3", name.text(), "lang", name.lang().equals(language) ? null : name.lang())
                    .open("span", "class", "cv-dates")
                    .element("time", format.format(phase.start()), "datetime", phase.start().toString())
                    .element("span", " – ")
                    .element("time", format.format(phase.end()), "datetime", phase.end().toString())
                    .close("span");
            int open = counts == null ? 0 : counts[2];
            InitiativeDetails.PhaseState state = phase.stateOn(today, open);
            html.element("span", getTranslation("phase.state." + state.name(), open),
                    "class", "cv-badge cv-phase-" + state.name().toLowerCase(Locale.ROOT));
            if (counts != null) {
                html.element("span", getTranslation("initiative.phaseProgress", counts[0], counts[1]),
                        "class", "cv-phase-progress");
                html.open("ul", "class", "cv-public-milestones",
                        "aria-label", getTranslation("initiative.milestonesOf", name.text()));
                for (MilestoneItem milestone : publicMilestones) {
                    html.element("li", (milestone.status() == MilestoneStatus.DONE ? "✓ " : "")
                            + milestone.title() + " · " + format.format(milestone.due()) + " · "
                            + getTranslation("milestone.status." + milestone.status().name()));
                }
                html.close("ul");
            }
            if (phase.description() != null) {
                html.element("p", phase.description());
            }
            html.close("li");
        }
    }
}
