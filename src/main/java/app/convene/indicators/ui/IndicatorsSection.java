package app.convene.indicators.ui;

import app.convene.indicators.IndicatorService;
import app.convene.initiatives.InitiativeDirectory;
import app.convene.initiatives.InitiativeDirectory.GoalRef;
import app.convene.security.Action;
import app.convene.security.Authorization;
import app.convene.shared.ui.DateTimes;
import app.convene.shared.ui.InitiativeContext;
import app.convene.shared.ui.InitiativeSection;
import app.convene.shared.ui.Markup;
import app.convene.shared.ui.PageSection;
import app.convene.shared.ui.PagedList;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Section;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The impact indicators on an initiative's page, grouped by strategic goal: each as a chart with its table. Members
 * see every indicator; visitors of a public initiative the public ones. Each goal's list reads a page at a time.
 */
@Service
class IndicatorsSection implements InitiativeSection {

    static final int PAGE = 4;

    private final IndicatorService indicators;
    private final InitiativeDirectory initiatives;
    private final Authorization authorization;
    private final DateTimes dateTimes;

    IndicatorsSection(IndicatorService indicators, InitiativeDirectory initiatives, Authorization authorization,
                      DateTimes dateTimes) {
        this.indicators = indicators;
        this.initiatives = initiatives;
        this.authorization = authorization;
        this.dateTimes = dateTimes;
    }

    @Override
    public int order() {
        return INDICATORS;
    }

    @Override
    public Optional<Component> create(InitiativeContext initiative) {
        List<Long> goals = indicators.goalsWithIndicators(initiative.id());
        boolean manages = authorization.can(Action.MANAGE_INDICATORS, initiative.id());
        if (goals.isEmpty() && !manages) {
            return Optional.empty();
        }
        return initiatives.findById(initiative.id()).map(ref -> new Indicators(initiative, ref.goals(), goals, manages));
    }

    private final class Indicators extends Section {

        Indicators(InitiativeContext initiative, List<GoalRef> allGoals, List<Long> withIndicators, boolean manages) {
            PageSection.titled(this, "indicators", getTranslation("indicators.title"));
            if (manages) {
                add(new Markup().link(initiative.path("indicators"), getTranslation("indicators.manage"),
                        "class", "cv-manage-link").in("div"));
            }
            boolean member = authorization.can(Action.VIEW_INTERNAL_INDICATORS, initiative.id());
            DateTimeFormatter dates = dateTimes.dates(getLocale());
            for (GoalRef goal : allGoals) {
                if (!withIndicators.contains(goal.id())) {
                    continue;
                }
                Markup.StaticHtml heading = Markup.textIn("h3", getTranslation("indicators.ofGoal", goal.title()));
                PagedList<?> list = new PagedList<>(page -> indicators.ofGoal(initiative.id(), goal.id(), page),
                        item -> new IndicatorCard(item, dates, member), PAGE, getTranslation("indicators.more"));
                list.getElement().setAttribute("aria-label", getTranslation("indicators.ofGoal", goal.title()));
                Div group = new Div(heading, list);
                group.addClassName("cv-indicator-goal");
                add(group);
            }
            if (withIndicators.isEmpty()) {
                add(new com.vaadin.flow.component.html.Paragraph(getTranslation("indicators.none")));
            }
        }
    }
}
