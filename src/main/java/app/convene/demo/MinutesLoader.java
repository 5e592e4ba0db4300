package app.convene.demo;

import app.convene.convenings.ConveningItem;
import app.convene.convenings.ConveningLists;
import app.convene.convenings.MinutesActions;
import app.convene.convenings.MinutesService;
import app.convene.demo.internal.DemoPeople;
import app.convene.initiatives.InitiativeService;
import app.convene.security.Actor;
import app.convene.security.Authorization;
import app.convene.security.PersonService;
import app.convene.shared.ConveneClock;
import app.convene.workgroups.WorkgroupService;
import app.convene.workgroups.WorkgroupSummary;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.context.annotation.Lazy;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Minutes from {@code demo/convenings/minutes.yaml}: drafted by the host, sent for review and approved by the
 * chair at the YAML's moments, their action items added and, when the YAML names a workgroup, made its action items.
 */
@Lazy
@Component
class MinutesLoader {

    private final InitiativeService initiatives;
    private final ConveningLists lists;
    private final MinutesService minutes;
    private final MinutesActions actions;
    private final WorkgroupService workgroups;
    private final PersonService persons;

    MinutesLoader(InitiativeService initiatives, ConveningLists lists, MinutesService minutes, MinutesActions actions,
                  WorkgroupService workgroups, PersonService persons) {
        this.initiatives = initiatives;
        this.lists = lists;
        this.minutes = minutes;
        this.actions = actions;
        this.workgroups = workgroups;
        this.persons = persons;
    }

    @SuppressWarnings("unchecked")
    void load(DemoPeople people) {
        Function<String, Actor> actor = DemoActors.of(people, persons, "Demo minutes");
        Map<String, Object> root = DemoResources.yaml("demo/convenings/minutes.yaml");
        for (Map<String, Object> m : (List<Map<String, Object>>) root.get("minutes")) {
            long initiativeId = initiatives.findPublicBySlug(String.valueOf(m.get("initiative"))).orElseThrow().id();
            long conveningId = lists.visible(initiativeId, false, PageRequest.of(0, 500)).stream()
                    .filter(c -> c.title().equals(m.get("convening"))).map(ConveningItem::id).findFirst().orElseThrow();
            Actor host = actor.apply(String.valueOf(m.get("host")));
            Actor chair = actor.apply(String.valueOf(m.get("chair")));
            List<Map<String, Object>> items = (List<Map<String, Object>>) m.getOrDefault("actions", List.of());
            List<Long> owners = items.stream().map(a -> actor.apply(String.valueOf(a.get("owner"))).personId()).toList();
            Instant drafted = DemoResources.moment(m.get("drafted"), Instant.now());
            ConveneClock.replaying(drafted, () -> Authorization.runAs(host,
                    () -> minutes.save(conveningId, MinutesService.NONE, String.valueOf(m.get("markdown")).strip())));
            List<Long> added = ConveneClock.replaying(drafted, () -> Authorization.runAs(host,
                    () -> addActions(conveningId, items, owners)));
            long reviewed = ConveneClock.replaying(DemoResources.moment(m.get("sentForReview"), drafted),
                    () -> Authorization.runAs(host, () -> minutes.sendForReview(conveningId,
                            minutes.minutes(conveningId).version())));
            ConveneClock.replaying(DemoResources.moment(m.get("approved"), drafted), () -> Authorization.runAs(
                    chair, () -> minutes.approve(conveningId, reviewed)));
            for (int i = 0; i < items.size(); i++) {
                Object workgroup = items.get(i).get("workgroup");
                if (workgroup != null) {
                    long workgroupId = workgroups.list(initiativeId, PageRequest.of(0, 200)).stream()
                            .filter(w -> w.name().equals(workgroup)).map(WorkgroupSummary::id).findFirst().orElseThrow();
                    long actionId = added.get(i);
                    ConveneClock.replaying(DemoResources.moment(m.get("approved"), drafted), () -> Authorization.runAs(
                            host, () -> actions.toWorkgroupAction(actionId, workgroupId)));
                }
            }
        }
    }

    private List<Long> addActions(long conveningId, List<Map<String, Object>> items, List<Long> owners) {
        List<Long> ids = new java.util.ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            ids.add(actions.add(conveningId, String.valueOf(items.get(i).get("what")), owners.get(i),
                    LocalDate.parse(String.valueOf(items.get(i).get("due")))));
        }
        return ids;
    }
}
