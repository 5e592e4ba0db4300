package app.convene.convenings;

import app.convene.convenings.internal.AgendaItem;
import app.convene.convenings.internal.AgendaItemRepository;
import app.convene.convenings.internal.Convening;
import app.convene.security.Action;
import app.convene.security.AuditLog;
import app.convene.security.Authorization;
import java.time.Duration;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A convening's agenda: ordered items with minutes, presenter and pre-work; it warns when they run past the end. */
@Service
@Transactional(readOnly = true)
public class AgendaService {

    private final AgendaItemRepository agendaItems;
    private final ConveningItems items;
    private final ConveningChecks checks;
    private final Authorization authorization;
    private final AuditLog audit;

    AgendaService(AgendaItemRepository agendaItems, ConveningItems items, ConveningChecks checks,
                  Authorization authorization, AuditLog audit) {
        this.agendaItems = agendaItems;
        this.items = items;
        this.checks = checks;
        this.authorization = authorization;
        this.audit = audit;
    }

    /** The agenda of a convening the reader may see. */
    public Agenda agenda(long conveningId) {
        return agendaOf(items.visible(conveningId));
    }

    /** Replaces the agenda with these items in this order (those who manage the convening); returns it with its warning. */
    @Transactional
    public Agenda save(long conveningId, List<AgendaItemDraft> newItems) {
        Convening convening = items.find(conveningId);
        if (convening.getHostWorkgroupId() == null
                || !authorization.canInWorkgroup(Action.MANAGE_CONVENINGS, convening.getHostWorkgroupId())) {
            authorization.check(Action.MANAGE_CONVENINGS, convening.getInitiativeId());
        }
        checks.checkAgenda(newItems);
        String before = describe(agendaOf(convening));
        agendaItems.deleteByConvening(conveningId);
        int position = 0;
        for (AgendaItemDraft item : newItems) {
            agendaItems.save(new AgendaItem(conveningId, ++position, item.title().strip(), item.minutes(),
                    blank(item.presenter()), blank(item.preWorkTitle()), blank(item.preWorkUrl())));
        }
        agendaItems.flush();
        Agenda saved = agendaOf(convening);
        audit.record("convening.agenda", "convening", conveningId, convening.getInitiativeId(), before, describe(saved));
        return saved;
    }

    private Agenda agendaOf(Convening convening) {
        List<AgendaItemDraft> list = agendaItems.findByConvening(convening.getId()).stream()
                .map(a -> new AgendaItemDraft(a.getTitle(), a.getMinutes(), a.getPresenter(), a.getPreWorkTitle(),
                        a.getPreWorkUrl())).toList();
        return new Agenda(list, list.stream().mapToInt(AgendaItemDraft::minutes).sum(),
                Duration.between(convening.getStartsAt(), convening.getEndsAt()).toMinutes());
    }

    private static String describe(Agenda agenda) {
        return agenda.items().stream().map(i -> i.title() + " (" + i.minutes() + ")").toList().toString();
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
