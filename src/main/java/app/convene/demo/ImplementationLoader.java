package app.convene.demo;

import app.convene.demo.internal.DemoPeople;
import app.convene.implementation.ImplementationService;
import app.convene.implementation.ImplementationStatus;
import app.convene.implementation.PickerOption;
import app.convene.implementation.TrackingDraft;
import app.convene.initiatives.InitiativeService;
import app.convene.recommendations.DecisionService;
import app.convene.recommendations.PublishedRecommendation;
import app.convene.security.Actor;
import app.convene.security.Authorization;
import app.convene.security.PersonService;
import app.convene.shared.ConveneClock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Implementation tracking from {@code demo/implementation/tracking.yaml}: each published recommendation's owner
 * organization, status changes and linked milestones and indicators saved by the coordinator, and dated progress
 * updates in their writers' names, each at its moment, through the ordinary service (after the recommendations and milestones).
 */
@Lazy
@Component
class ImplementationLoader {

    private final InitiativeService initiatives;
    private final PersonService persons;
    private final DecisionService decisions;
    private final ImplementationService implementation;

    ImplementationLoader(InitiativeService initiatives, PersonService persons, DecisionService decisions,
                         ImplementationService implementation) {
        this.initiatives = initiatives;
        this.persons = persons;
        this.decisions = decisions;
        this.implementation = implementation;
    }

    @SuppressWarnings("unchecked")
    void load(DemoPeople people) {
        Function<String, Actor> actor = DemoActors.of(people, persons, "Demo tracking");
        Map<String, Object> root = DemoResources.yaml("demo/implementation/tracking.yaml");
        for (Map<String, Object> t : (List<Map<String, Object>>) root.get("tracking")) {
            long initiativeId = initiatives.findPublicBySlug(String.valueOf(t.get("initiative"))).orElseThrow().id();
            String title = String.valueOf(t.get("recommendation"));
            long id = decisions.published(initiativeId).stream().filter(r -> r.title().equals(title))
                    .map(PublishedRecommendation::id).findFirst()
                    .orElseThrow(() -> new IllegalStateException("Demo tracking: no published recommendation " + title));
            Set<Long> milestones = ((List<String>) t.getOrDefault("milestones", List.of())).stream()
                    .map(m -> pick(implementation.milestoneChoices(id, m, 0, 10), m)).collect(Collectors.toSet());
            Set<Long> indicators = ((List<String>) t.getOrDefault("indicators", List.of())).stream()
                    .map(i -> pick(implementation.indicatorChoices(id, i, 0, 10), i)).collect(Collectors.toSet());
            for (Map<String, Object> change : (List<Map<String, Object>>) t.getOrDefault("changes", List.of())) {
                Actor by = actor.apply(String.valueOf(change.get("by")));
                ConveneClock.replaying(DemoResources.moment(change.get("at"), Instant.now()), () -> Authorization.runAs(by,
                        () -> {
                            String owner = String.valueOf(change.get("owner"));
                            Long ownerId = change.get("owner") == null ? null
                                    : pick(implementation.ownerChoices(id, owner, 0, 10), owner);
                            return implementation.save(id, implementation.tracking(id).version(), new TrackingDraft(
                                    ownerId, ImplementationStatus.valueOf(String.valueOf(change.get("status"))),
                                    (String) change.get("reason"), milestones, indicators));
                        }));
            }
            for (Map<String, Object> update : (List<Map<String, Object>>) t.getOrDefault("updates", List.of())) {
                Actor by = actor.apply(String.valueOf(update.get("by")));
                ConveneClock.replaying(DemoResources.moment(update.get("at"), Instant.now()), () -> Authorization.runAs(by,
                        () -> implementation.addUpdate(id, LocalDate.parse(String.valueOf(update.get("date"))),
                                String.valueOf(update.get("text")))));
            }
        }
    }

    private static long pick(List<PickerOption> options, String label) {
        return options.stream().filter(o -> o.label().equals(label)).findFirst().map(PickerOption::id)
                .orElseThrow(() -> new IllegalStateException("Demo tracking: nothing named " + label));
    }
}
