package app.convene.demo;

import app.convene.convenings.ConveningDraft;
import app.convene.convenings.ConveningFormat;
import app.convene.convenings.ConveningKind;
import app.convene.convenings.ConveningService;
import app.convene.convenings.ConveningVisibility;
import app.convene.convenings.OfficeHourService;
import app.convene.initiatives.InitiativeDetails;
import app.convene.initiatives.InitiativeService;
import app.convene.security.PersonService;
import app.convene.security.PersonSummary;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Lazy;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Office hours from {@code demo/convenings/office-hours.yaml}: OFFICE_HOURS convenings, an expert's slots and the
 * bookings of cohort jurisdictions, each through the services (as the system, which manages every initiative).
 */
@Lazy
@Component
class OfficeHourLoader {

    private final InitiativeService initiatives;
    private final ConveningService convenings;
    private final OfficeHourService officeHours;
    private final PersonService persons;

    OfficeHourLoader(InitiativeService initiatives, ConveningService convenings, OfficeHourService officeHours,
                     PersonService persons) {
        this.initiatives = initiatives;
        this.convenings = convenings;
        this.officeHours = officeHours;
        this.persons = persons;
    }

    @SuppressWarnings("unchecked")
    void load() {
        Map<String, Object> root = DemoResources.yaml("demo/convenings/office-hours.yaml");
        for (Map<String, Object> o : (List<Map<String, Object>>) root.get("officeHours")) {
            InitiativeDetails initiative = initiatives.findPublicBySlug(String.valueOf(o.get("initiative"))).orElseThrow();
            LocalDate day = o.containsKey("inDays") ? LocalDate.now().plusDays(((Number) o.get("inDays")).longValue())
                    : null;
            long id = convenings.create(initiative.id(), draft(initiative, o, day));
            if (o.containsKey("allowanceMinutes")) {
                officeHours.setAllowance(id, ((Number) o.get("allowanceMinutes")).intValue());
            }
            long expert = persons.search(initiative.id(), String.valueOf(o.get("expert")), PageRequest.of(0, 1))
                    .stream().findFirst().map(PersonSummary::id).orElseThrow();
            Map<LocalDateTime, Long> slots = new HashMap<>();
            for (Map<String, Object> s : (List<Map<String, Object>>) o.get("slots")) {
                LocalDateTime from = at(s, day);
                int minutes = ((Number) s.get("minutes")).intValue();
                List<Long> ids = officeHours.publish(id, expert, from, minutes, ((Number) s.get("count")).intValue());
                for (int i = 0; i < ids.size(); i++) {
                    slots.put(from.plusMinutes((long) minutes * i), ids.get(i));
                }
            }
            for (Map<String, Object> b : (List<Map<String, Object>>) o.get("bookings")) {
                String name = String.valueOf(b.get("organization"));
                long organization = officeHours.organizations(id, name, 0, 1).getFirst().id();
                officeHours.bookFor(slots.get(at(b, day)), organization);
            }
        }
    }

    /** A time given as {@code from}/{@code at} (a date and time) or as {@code start} on the given day. */
    private static LocalDateTime at(Map<String, Object> m, LocalDate day) {
        Object value = m.containsKey("from") ? m.get("from") : m.get("at");
        return value != null ? LocalDateTime.parse(String.valueOf(value))
                : day.atTime(LocalTime.parse(String.valueOf(m.get("start"))));
    }

    private static ConveningDraft draft(InitiativeDetails initiative, Map<String, Object> o, LocalDate day) {
        LocalDateTime start = o.containsKey("from") ? LocalDateTime.parse(String.valueOf(o.get("from")))
                : day.atTime(LocalTime.parse(String.valueOf(o.get("start"))));
        LocalDateTime end = o.containsKey("until") ? LocalDateTime.parse(String.valueOf(o.get("until")))
                : day.atTime(LocalTime.parse(String.valueOf(o.get("end"))));
        Long phase = o.containsKey("phase") ? initiative.phases().get(((Number) o.get("phase")).intValue() - 1).id()
                : null;
        return new ConveningDraft(ConveningKind.OFFICE_HOURS, String.valueOf(o.get("title")),
                (String) o.get("description"), start, end, ConveningFormat.ONLINE, null, null, null,
                (String) o.get("onlineLink"), null, null, ConveningVisibility.MEMBERS, null, phase);
    }
}
