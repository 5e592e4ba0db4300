package app.convene.demo;

import app.convene.convenings.AgendaItemDraft;
import app.convene.convenings.AgendaService;
import app.convene.convenings.ConveningDraft;
import app.convene.convenings.ConveningFormat;
import app.convene.convenings.ConveningKind;
import app.convene.convenings.ConveningService;
import app.convene.convenings.ConveningVisibility;
import app.convene.initiatives.InitiativeDetails;
import app.convene.initiatives.InitiativeService;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/** Convenings and series from {@code demo/convenings/convenings.yaml}, with their agendas. */
@Lazy
@Component
class ConveningLoader {

    private final InitiativeService initiatives;
    private final ConveningService convenings;
    private final AgendaService agendas;

    ConveningLoader(InitiativeService initiatives, ConveningService convenings, AgendaService agendas) {
        this.initiatives = initiatives;
        this.convenings = convenings;
        this.agendas = agendas;
    }

    @SuppressWarnings("unchecked")
    void load() {
        Map<String, Object> root = DemoResources.yaml("demo/convenings/convenings.yaml");
        for (Map<String, Object> c : (List<Map<String, Object>>) root.get("convenings")) {
            InitiativeDetails initiative = initiatives.findPublicBySlug(String.valueOf(c.get("initiative"))).orElseThrow();
            LocalDate date = c.containsKey("date") ? LocalDate.parse(String.valueOf(c.get("date")))
                    : LocalDate.now().plusDays(((Number) c.get("inDays")).longValue());
            long id = convenings.create(initiative.id(), draft(initiative, c, date, String.valueOf(c.get("title"))));
            List<Map<String, Object>> agenda = (List<Map<String, Object>>) c.getOrDefault("agenda", List.of());
            agendas.save(id, agenda.stream().map(a -> new AgendaItemDraft(String.valueOf(a.get("title")),
                    ((Number) a.get("minutes")).intValue(), (String) a.get("presenter"), null, null)).toList());
        }
        for (Map<String, Object> s : (List<Map<String, Object>>) root.get("series")) {
            InitiativeDetails initiative = initiatives.findPublicBySlug(String.valueOf(s.get("initiative"))).orElseThrow();
            List<LocalDate> dates = ((List<Object>) s.get("dates")).stream().map(d -> LocalDate.parse(String.valueOf(d)))
                    .toList();
            List<Map<String, Object>> sessions = (List<Map<String, Object>>) s.get("sessions");
            ConveningDraft first = draft(initiative, s, dates.getFirst(), String.valueOf(sessions.getFirst().get("title")));
            List<Long> ids = convenings.createSeries(initiative.id(), String.valueOf(s.get("title")), first, dates);
            for (int i = 0; i < ids.size(); i++) {
                Map<String, Object> session = sessions.get(i);
                long id = ids.get(i);
                convenings.update(id, convenings.get(id).version(),
                        draft(initiative, s, dates.get(i), String.valueOf(session.get("title"))));
                Map<String, Object> preWork = (Map<String, Object>) session.get("preWork");
                agendas.save(id, List.of(
                        new AgendaItemDraft("Presentation from national experts", 30, null,
                                String.valueOf(preWork.get("title")), String.valueOf(preWork.get("url"))),
                        new AgendaItemDraft("Facilitated discussion and break-outs", 45, null, null, null),
                        new AgendaItemDraft("Peer-to-peer learning and follow-up", 15, null, null, null)));
            }
        }
    }

    private static ConveningDraft draft(InitiativeDetails initiative, Map<String, Object> c, LocalDate date, String title) {
        LocalDateTime start = date.atTime(LocalTime.parse(String.valueOf(c.get("start"))));
        LocalDateTime end = date.atTime(LocalTime.parse(String.valueOf(c.get("end"))));
        LocalDateTime deadline = c.containsKey("deadlineInDays")
                ? LocalDate.now().plusDays(((Number) c.get("deadlineInDays")).longValue()).atTime(17, 0) : null;
        Long phase = c.containsKey("phase")
                ? initiative.phases().get(((Number) c.get("phase")).intValue() - 1).id() : null;
        Object capacity = c.get("capacity");
        return new ConveningDraft(ConveningKind.valueOf(String.valueOf(c.get("kind"))), title,
                (String) c.get("description"), start, end, ConveningFormat.valueOf(String.valueOf(c.get("format"))),
                (String) c.get("venue"), (String) c.get("address"), (String) c.get("accessNotes"),
                (String) c.get("onlineLink"), capacity == null ? null : ((Number) capacity).intValue(), deadline,
                ConveningVisibility.valueOf(String.valueOf(c.get("visibility"))), null, phase);
    }
}
