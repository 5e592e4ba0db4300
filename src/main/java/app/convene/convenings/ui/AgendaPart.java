package app.convene.convenings.ui;

import app.convene.convenings.Agenda;
import app.convene.convenings.AgendaItemDraft;
import app.convene.convenings.AgendaService;
import app.convene.shared.ui.PageSection;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.util.Optional;

/** The agenda in order: each item's minutes, presenter and pre-work; a warning when it runs past the end. */
@org.springframework.stereotype.Component
class AgendaPart implements ConveningPart {

    private final AgendaService agendas;

    AgendaPart(AgendaService agendas) {
        this.agendas = agendas;
    }

    @Override
    public int order() {
        return AGENDA;
    }

    @Override
    public Optional<Component> create(long conveningId) {
        Agenda agenda = agendas.agenda(conveningId);
        return agenda.items().isEmpty() ? Optional.empty() : Optional.of(new AgendaSection(agenda));
    }

    private static final class AgendaSection extends Section {

        AgendaSection(Agenda agenda) {
            PageSection.titled(this, "convening-agenda", getTranslation("convening.agenda"));
            if (agenda.overruns()) {
                add(AgendaWarning.of(agenda, this, "convening-agenda-warning"));
            }
            OrderedList list = new OrderedList();
            list.addClassName("cv-agenda");
            for (AgendaItemDraft item : agenda.items()) {
                ListItem li = new ListItem(new Span(item.title()), new Span(" · " + getTranslation("convening.minutes",
                        item.minutes())));
                if (item.presenter() != null) {
                    li.add(new Span(" · " + item.presenter()));
                }
                if (item.preWorkUrl() != null) {
                    Anchor preWork = new Anchor(item.preWorkUrl(), getTranslation("convening.preWork",
                            item.preWorkTitle() == null ? item.preWorkUrl() : item.preWorkTitle()));
                    preWork.setTarget(AnchorTarget.BLANK);
                    preWork.getElement().setAttribute("rel", "noopener noreferrer");
                    li.add(new Paragraph(preWork));
                }
                list.add(li);
            }
            add(list);
        }
    }
}
