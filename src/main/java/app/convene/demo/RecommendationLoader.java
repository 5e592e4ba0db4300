package app.convene.demo;

import app.convene.demo.internal.DemoPeople;
import app.convene.initiatives.InitiativeService;
import app.convene.recommendations.DecisionResponse;
import app.convene.recommendations.DecisionService;
import app.convene.recommendations.RecommendationService;
import app.convene.security.Actor;
import app.convene.security.Authorization;
import app.convene.security.InitiativeRole;
import app.convene.security.PersonService;
import app.convene.security.RoleService;
import app.convene.shared.ConveneClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Reports from {@code demo/recommendations/reports.yaml}: each recommendation drafted and revised
 * in its authors' names; "decision: APPROVED" runs a round in which the committee consents.
 */
@Lazy
@Component
class RecommendationLoader {

    private final InitiativeService initiatives;
    private final PersonService persons;
    private final RoleService roles;
    private final RecommendationService recommendations;
    private final DecisionService decisions;

    RecommendationLoader(InitiativeService initiatives, PersonService persons, RoleService roles,
                         RecommendationService recommendations, DecisionService decisions) {
        this.initiatives = initiatives;
        this.persons = persons;
        this.roles = roles;
        this.recommendations = recommendations;
        this.decisions = decisions;
    }

    @SuppressWarnings("unchecked")
    void load(DemoPeople people) {
        Map<String, Object> root = DemoResources.yaml("demo/recommendations/reports.yaml");
        Function<String, Actor> actor = DemoActors.of(people, persons, "Demo recommendation");
        for (Map<String, Object> r : (List<Map<String, Object>>) root.get("reports")) {
            long initiativeId = initiatives.findPublicBySlug(String.valueOf(r.get("initiative"))).orElseThrow().id();
            long reportId = recommendations.createReport(initiativeId, String.valueOf(r.get("title")));
            for (Map<String, Object> s : (List<Map<String, Object>>) r.get("sections")) {
                long sectionId = recommendations.addSection(reportId, String.valueOf(s.get("title")));
                for (Map<String, Object> m : (List<Map<String, Object>>) s.get("recommendations")) {
                    replay(initiativeId, sectionId, m, actor);
                }
            }
        }
    }

    /**
     * One demo recommendation drafted, revised, decided and published through the ordinary services, each step
     * at the moment the YAML gives (the coalition's own time; see {@link ConveneClock}).
     */
    @SuppressWarnings("unchecked")
    private void replay(long initiativeId, long sectionId, Map<String, Object> m, Function<String, Actor> actor) {
        String title = String.valueOf(m.get("title"));
        Instant drafted = DemoResources.moment(m.get("drafted"), Instant.now());
        long id = ConveneClock.replaying(drafted, () -> Authorization.runAs(
                actor.apply(String.valueOf(m.get("author"))),
                () -> recommendations.addRecommendation(sectionId, title, String.valueOf(m.get("body")).strip()).id()));
        int revision = 1;
        Instant last = drafted;
        for (Map<String, Object> edit : (List<Map<String, Object>>) m.getOrDefault("edits", List.of())) {
            int base = revision++;
            last = DemoResources.moment(edit.get("at"), last.plus(Duration.ofDays(2)));
            ConveneClock.replaying(last, () -> Authorization.runAs(
                    actor.apply(String.valueOf(edit.get("by"))),
                    () -> recommendations.save(id, base, title, String.valueOf(edit.get("body")).strip(),
                            String.valueOf(edit.get("summary")))));
        }
        if (!"APPROVED".equals(m.get("decision"))) {
            return;
        }
        Map<String, Object> decided = (Map<String, Object>) m.getOrDefault("decided", Map.of());
        decide(initiativeId, id, m, decided, last);
    }

    /** A round opened and closed at the YAML's moments, every committee member consenting; then published. */
    private void decide(long initiativeId, long id, Map<String, Object> m, Map<String, Object> decided, Instant last) {
        Instant opened = DemoResources.moment(decided.get("opened"), last.plus(Duration.ofDays(7)));
        Instant closed = DemoResources.moment(decided.get("closed"), opened.plus(Duration.ofDays(7)));
        long round = ConveneClock.replaying(opened, () -> decisions.open(id, closed, 2, 3, true).id());
        Instant responded = opened;
        for (long member : roles.holders(initiativeId, InitiativeRole.COMMITTEE_MEMBER)) {
            String name = persons.find(member).orElseThrow().name();
            responded = responded.plus(Duration.ofHours(20));
            ConveneClock.replaying(responded, () -> Authorization.runAs(
                    new Actor(member, name, false),
                    () -> decisions.respond(round, DecisionResponse.CONSENT, null)));
        }
        ConveneClock.replaying(closed, () -> decisions.closeNow(round));
        Object published = m.get("published");
        if (published != null && !Boolean.FALSE.equals(published)) {
            ConveneClock.replaying(DemoResources.moment(published, closed.plus(Duration.ofDays(14))),
                    () -> decisions.publish(id));
        }
    }
}
