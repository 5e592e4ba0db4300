package app.convene.demo;

import app.convene.demo.internal.DemoPeople;
import app.convene.demo.internal.DemoSeed;
import app.convene.demo.internal.DemoSeedRecord;
import app.convene.demo.internal.DemoSeedRepository;
import app.convene.initiatives.InitiativeDetails;
import app.convene.initiatives.InitiativeService;
import app.convene.security.Authorization;
import app.convene.security.PersonService;
import app.convene.security.RoleService;
import app.convene.shared.ConveneClock;
import app.convene.shared.StartupFact;
import app.convene.shared.database.DatabaseMode;
import app.convene.stakeholders.ImportPreview;
import app.convene.stakeholders.NewOrganization;
import app.convene.stakeholders.NewRegistration;
import app.convene.stakeholders.RegistrationService;
import app.convene.stakeholders.StakeholderImportService;
import app.convene.timeline.MilestoneDraft;
import app.convene.timeline.MilestoneService;
import app.convene.timeline.MilestoneStatus;
import app.convene.workgroups.NewNote;
import app.convene.workgroups.NoteKind;
import app.convene.workgroups.WorkgroupNoteService;
import app.convene.workgroups.WorkgroupService;
import app.convene.stakeholders.OrganizationService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo coalitions from {@code classpath:demo/*.yaml}, each once: a coalition already
 * marked in {@code demo_seed} is never loaded again, even if it was since deleted. Runs only on the
 * embedded database unless {@code convene.demo.enabled=true} asks for it.
 */
@Component
public class DemoContentLoader implements ApplicationRunner, StartupFact {

    private static final Logger log = LoggerFactory.getLogger(DemoContentLoader.class);

    private final boolean enabled;
    private final InitiativeService initiatives;
    private final OrganizationService organizations;
    private final PersonService persons;
    private final RoleService roles;
    private final DemoSeedRepository seeds;
    private final TransactionTemplate transaction;
    private final StakeholderImportService imports;
    private final RegistrationService registrations;
    private final WorkgroupService workgroups;
    private final WorkgroupNoteService workgroupNotes;
    private final MilestoneService milestones;
    private final app.convene.recommendations.RecommendationService recommendations;
    private final app.convene.recommendations.DecisionService decisions;
    private String state = "pending";

    DemoContentLoader(DemoProperties properties, Environment environment, InitiativeService initiatives,
                      OrganizationService organizations, PersonService persons, RoleService roles,
                      DemoSeedRepository seeds, TransactionTemplate transaction, StakeholderImportService imports,
                      RegistrationService registrations, WorkgroupService workgroups,
                      WorkgroupNoteService workgroupNotes, MilestoneService milestones,
                      app.convene.recommendations.RecommendationService recommendations,
                      app.convene.recommendations.DecisionService decisions) {
        this.recommendations = recommendations;
        this.decisions = decisions;
        this.workgroups = workgroups;
        this.workgroupNotes = workgroupNotes;
        this.milestones = milestones;
        this.imports = imports;
        this.registrations = registrations;
        this.enabled = properties.enabled() != null
                ? properties.enabled()
                : DatabaseMode.of(environment) == DatabaseMode.EMBEDDED;
        this.initiatives = initiatives;
        this.organizations = organizations;
        this.persons = persons;
        this.roles = roles;
        this.seeds = seeds;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        load();
    }

    /** Loads every seed not loaded before, as the system; returns how many were loaded now. */
    public int load() {
        if (!enabled) {
            state = "disabled";
            return 0;
        }
        return Authorization.runAsSystem(this::loadAll);
    }

    private int loadAll() {
        int loaded = 0;
        for (DemoSeed seed : readSeeds()) {
            Boolean done = transaction.execute(status -> loadOnce(seed));
            if (Boolean.TRUE.equals(done)) {
                loaded++;
            }
        }
        DemoPeople people = DemoPeople.read();
        if (Boolean.TRUE.equals(transaction.execute(status -> loadOnce(people)))) {
            loaded++;
        }
        if (Boolean.TRUE.equals(transaction.execute(status -> loadStakeholders()))) {
            loaded++;
        }
        if (Boolean.TRUE.equals(transaction.execute(status -> loadWorkgroups(people)))) {
            loaded++;
        }
        if (Boolean.TRUE.equals(transaction.execute(status -> loadMilestones()))) {
            loaded++;
        }
        if (Boolean.TRUE.equals(transaction.execute(status -> loadRecommendations(people)))) {
            loaded++;
        }
        state = loaded > 0 ? "loaded " + loaded : "present";
        log.info("Demo content: {} part(s) loaded now, {} marked loaded in all", loaded, seeds.count());
        return loaded;
    }

    private boolean loadOnce(DemoSeed seed) {
        if (seeds.existsById(seed.key())) {
            return false;
        }
        long initiativeId = initiatives.create(seed.initiative());
        for (DemoSeed.Partner partner : seed.partners()) {
            long organizationId = organizations.findOrCreate(new NewOrganization(partner.name(), null, partner.type(),
                    partner.office() == null ? partner.sector() : null, partner.county(), partner.region()));
            if (partner.office() != null) {
                organizationId = organizations.findOrCreate(new NewOrganization(partner.office(), organizationId,
                        partner.type(), partner.sector(), partner.county(), partner.region()));
            }
            organizations.addPartner(initiativeId, organizationId, partner.role());
        }
        seeds.save(new DemoSeedRecord(seed.key()));
        return true;
    }

    private boolean loadOnce(DemoPeople people) {
        if (seeds.existsById(people.key())) {
            return false;
        }
        for (DemoPeople.Person person : people.people()) {
            long personId = persons.registerKnown(person.subject(), person.name(), person.email());
            for (DemoPeople.Role role : person.roles()) {
                long initiativeId = initiatives.findPublicBySlug(role.initiative()).map(InitiativeDetails::id)
                        .orElseThrow(() -> new IllegalStateException("Demo role names unknown initiative " + role.initiative()));
                roles.appoint(initiativeId, personId, role.role());
            }
        }
        seeds.save(new DemoSeedRecord(people.key()));
        return true;
    }

    /**
     * Invented stakeholders per initiative: {@code demo/stakeholders/<slug>.csv} through the CSV
     * import (approved), {@code <slug>-pending.csv} through the public registration (waiting).
     */
    private boolean loadStakeholders() {
        String key = "demo-stakeholders";
        if (seeds.existsById(key)) {
            return false;
        }
        int address = 0;
        for (DemoSeed seed : readSeeds()) {
            String slug = seed.initiative().slug();
            long initiativeId = initiatives.findPublicBySlug(slug).map(InitiativeDetails::id).orElseThrow();
            byte[] approved = resource("demo/stakeholders/" + slug + ".csv");
            if (approved != null) {
                imports.commit(initiativeId, imports.preview(initiativeId, approved));
            }
            byte[] pending = resource("demo/stakeholders/" + slug + "-pending.csv");
            if (pending != null) {
                for (ImportPreview.Row row : imports.preview(initiativeId, pending).rows()) {
                    registrations.register(initiativeId, new NewRegistration(row.name(), row.email(), null,
                            row.organization(), row.title(), row.sector(), row.county(), row.region(), row.languages(),
                            null, java.util.Set.of(), row.directoryConsent(), null), "demo-" + address++);
                }
            }
        }
        seeds.save(new DemoSeedRecord(key));
        return true;
    }

    /** A workgroup per strategic goal, its charter from the goal; leads and members from people.yaml. */
    private boolean loadWorkgroups(DemoPeople people) {
        String key = "demo-workgroups";
        if (seeds.existsById(key)) {
            return false;
        }
        for (DemoSeed seed : readSeeds()) {
            InitiativeDetails initiative = initiatives.findPublicBySlug(seed.initiative().slug()).orElseThrow();
            for (InitiativeDetails.Goal goal : initiative.goals()) {
                StringBuilder charter = new StringBuilder();
                if (goal.description() != null) {
                    charter.append(goal.description()).append("\n\n");
                }
                if (!goal.strategies().isEmpty()) {
                    charter.append("**Strategies**\n\n");
                    goal.strategies().forEach(strategy -> charter.append("- ").append(strategy).append('\n'));
                }
                workgroups.create(initiative.id(), goal.id(), goal.title(), charter.toString(), null, false);
            }
        }
        for (DemoPeople.Person person : people.people()) {
            long personId = persons.registerKnown(person.subject(), person.name(), person.email());
            for (DemoPeople.Workgroup membership : person.workgroups()) {
                InitiativeDetails initiative = initiatives.findPublicBySlug(membership.initiative()).orElseThrow();
                long goalId = initiative.goals().stream().filter(g -> g.title().equals(membership.goal()))
                        .findFirst().orElseThrow(() -> new IllegalStateException("No goal " + membership.goal())).id();
                long workgroupId = workgroups.forGoal(initiative.id(), goalId).orElseThrow();
                if ("LEAD".equals(membership.role())) {
                    workgroups.setLead(workgroupId, personId);
                } else {
                    workgroups.addMember(workgroupId, personId);
                }
            }
        }
        long atlanta = initiatives.findPublicBySlug("equity-at-work").map(InitiativeDetails::id).orElseThrow();
        InitiativeDetails.Goal youth = initiatives.findPublicBySlug("equity-at-work").orElseThrow().goals().stream()
                .filter(g -> g.title().equals("Youth Transition")).findFirst().orElseThrow();
        long youthGroup = workgroups.forGoal(atlanta, youth.id()).orElseThrow();
        long sam = persons.registerKnown("d3bdb487-6a3a-59e5-b444-f60f8ac71d11", "Sam Chen", "sam.chen@example.org");
        java.time.LocalDate today = java.time.LocalDate.now();
        workgroupNotes.addNote(youthGroup, new NewNote(NoteKind.MEETING, "First meeting",
                "Agreed to map **secondary-to-career** pathways across the five core counties.\n\n"
                        + "- Invite school district partners\n- Collect existing pathway data", today.minusDays(14), null, null));
        workgroupNotes.addNote(youthGroup, new NewNote(NoteKind.ACTION, "Draft the pathway inventory template",
                "A one-page template for districts to list their programs.", today.minusDays(14), sam, today.plusDays(14)));
        seeds.save(new DemoSeedRecord(key));
        return true;
    }

    /** Milestones from {@code demo/timeline/milestones.yaml}, each optionally depending on the one before it. */
    @SuppressWarnings("unchecked")
    private boolean loadMilestones() {
        String key = "demo-milestones";
        if (seeds.existsById(key)) {
            return false;
        }
        java.util.Map<String, Object> root = yaml("demo/timeline/milestones.yaml");
        java.time.LocalDate today = java.time.LocalDate.now();
        Long previous = null;
        String previousInitiative = null;
        for (java.util.Map<String, Object> m : (List<java.util.Map<String, Object>>) root.get("milestones")) {
            String slug = String.valueOf(m.get("initiative"));
            InitiativeDetails initiative = initiatives.findPublicBySlug(slug).orElseThrow();
            Long phaseId = m.containsKey("phase") ? initiative.phases().get(((Number) m.get("phase")).intValue() - 1).id() : null;
            Long owner = null;
            if (m.containsKey("goal")) {
                long goalId = initiative.goals().stream().filter(g -> g.title().equals(m.get("goal"))).findFirst()
                        .orElseThrow().id();
                owner = workgroups.forGoal(initiative.id(), goalId).orElse(null);
            }
            java.time.LocalDate start = m.containsKey("start") ? java.time.LocalDate.parse(String.valueOf(m.get("start")))
                    : m.containsKey("startInDays") ? today.plusDays(((Number) m.get("startInDays")).longValue()) : null;
            java.time.LocalDate due = m.containsKey("due") ? java.time.LocalDate.parse(String.valueOf(m.get("due")))
                    : today.plusDays(((Number) m.get("dueInDays")).longValue());
            boolean chained = Boolean.TRUE.equals(m.get("dependsOnPrevious")) && slug.equals(previousInitiative) && previous != null;
            MilestoneStatus status = MilestoneStatus.valueOf(String.valueOf(m.get("status")));
            MilestoneDraft draft = new MilestoneDraft(String.valueOf(m.get("title")), null, phaseId, owner, null, start, due,
                    status, chained ? java.util.Set.of(previous) : java.util.Set.of(), Boolean.TRUE.equals(m.get("public")));
            // Recorded when it happened in the coalition's history: done on its due date, otherwise when it started.
            java.time.LocalDate recorded = status == MilestoneStatus.DONE || start == null ? due : start;
            Instant at = recorded.atTime(17, 0).toInstant(java.time.ZoneOffset.UTC);
            previous = at.isBefore(Instant.now())
                    ? ConveneClock.replaying(at, () -> milestones.save(initiative.id(), null, null, draft).id())
                    : milestones.save(initiative.id(), null, null, draft).id();
            previousInitiative = slug;
        }
        seeds.save(new DemoSeedRecord(key));
        return true;
    }

    /**
     * Reports from {@code demo/recommendations/reports.yaml}: each recommendation drafted and revised
     * in its authors' names; "decision: APPROVED" runs a round in which the committee consents.
     */
    @SuppressWarnings("unchecked")
    private boolean loadRecommendations(DemoPeople people) {
        String key = "demo-recommendations";
        if (seeds.existsById(key)) {
            return false;
        }
        java.util.Map<String, Object> root = yaml("demo/recommendations/reports.yaml");
        java.util.function.Function<String, app.convene.security.Actor> actor = name -> people.people().stream()
                .filter(p -> p.name().equals(name)).findFirst()
                .map(p -> new app.convene.security.Actor(persons.registerKnown(p.subject(), p.name(), p.email()), p.name(), false))
                .orElseThrow(() -> new IllegalStateException("Demo recommendation names unknown person " + name));
        for (java.util.Map<String, Object> r : (List<java.util.Map<String, Object>>) root.get("reports")) {
            long initiativeId = initiatives.findPublicBySlug(String.valueOf(r.get("initiative"))).orElseThrow().id();
            long reportId = recommendations.createReport(initiativeId, String.valueOf(r.get("title")));
            for (java.util.Map<String, Object> s : (List<java.util.Map<String, Object>>) r.get("sections")) {
                long sectionId = recommendations.addSection(reportId, String.valueOf(s.get("title")));
                for (java.util.Map<String, Object> m : (List<java.util.Map<String, Object>>) s.get("recommendations")) {
                    replayRecommendation(initiativeId, sectionId, m, actor);
                }
            }
        }
        seeds.save(new DemoSeedRecord(key));
        return true;
    }

    /**
     * One demo recommendation drafted, revised, decided and published through the ordinary services, each step
     * at the moment the YAML gives (the coalition's own time; see {@link ConveneClock}).
     */
    @SuppressWarnings("unchecked")
    private void replayRecommendation(long initiativeId, long sectionId, java.util.Map<String, Object> m,
                                      java.util.function.Function<String, app.convene.security.Actor> actor) {
        String title = String.valueOf(m.get("title"));
        Instant drafted = moment(m.get("drafted"), Instant.now());
        long id = ConveneClock.replaying(drafted, () -> app.convene.security.Authorization.runAs(
                actor.apply(String.valueOf(m.get("author"))),
                () -> recommendations.addRecommendation(sectionId, title, String.valueOf(m.get("body")).strip()).id()));
        int revision = 1;
        Instant last = drafted;
        for (java.util.Map<String, Object> edit : (List<java.util.Map<String, Object>>) m.getOrDefault("edits", List.of())) {
            int base = revision++;
            last = moment(edit.get("at"), last.plus(Duration.ofDays(2)));
            ConveneClock.replaying(last, () -> app.convene.security.Authorization.runAs(
                    actor.apply(String.valueOf(edit.get("by"))),
                    () -> recommendations.save(id, base, title, String.valueOf(edit.get("body")).strip(),
                            String.valueOf(edit.get("summary")))));
        }
        if (!"APPROVED".equals(m.get("decision"))) {
            return;
        }
        java.util.Map<String, Object> decided = (java.util.Map<String, Object>) m.getOrDefault("decided", java.util.Map.of());
        Instant opened = moment(decided.get("opened"), last.plus(Duration.ofDays(7)));
        Instant closed = moment(decided.get("closed"), opened.plus(Duration.ofDays(7)));
        long round = ConveneClock.replaying(opened, () -> decisions.open(id, closed, 2, 3, true).id());
        Instant responded = opened;
        for (long member : roles.holders(initiativeId, app.convene.security.InitiativeRole.COMMITTEE_MEMBER)) {
            String name = persons.find(member).orElseThrow().name();
            responded = responded.plus(Duration.ofHours(20));
            ConveneClock.replaying(responded, () -> app.convene.security.Authorization.runAs(
                    new app.convene.security.Actor(member, name, false),
                    () -> decisions.respond(round, app.convene.recommendations.DecisionResponse.CONSENT, null)));
        }
        ConveneClock.replaying(closed, () -> decisions.closeNow(round));
        Object published = m.get("published");
        if (published != null && !Boolean.FALSE.equals(published)) {
            ConveneClock.replaying(moment(published, closed.plus(Duration.ofDays(14))), () -> decisions.publish(id));
        }
    }

    /** A date-time from the YAML (ISO-8601 with offset), or the fallback when none is given. */
    private static Instant moment(Object value, Instant fallback) {
        if (value == null || value instanceof Boolean) {
            return fallback;
        }
        return java.time.OffsetDateTime.parse(String.valueOf(value)).toInstant();
    }

    /** A YAML file from the class path, read with the safe constructor (plain maps, lists and scalars). */
    private static java.util.Map<String, Object> yaml(String path) {
        try (var in = new org.springframework.core.io.ClassPathResource(path).getInputStream()) {
            return new org.yaml.snakeyaml.Yaml(new org.yaml.snakeyaml.constructor.SafeConstructor(
                    new org.yaml.snakeyaml.LoaderOptions())).load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] resource(String path) {
        org.springframework.core.io.ClassPathResource resource = new org.springframework.core.io.ClassPathResource(path);
        if (!resource.exists()) {
            return null;
        }
        try {
            return resource.getContentAsByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }

    static List<DemoSeed> readSeeds() {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:demo/*.yaml");
            List<Resource> sorted = new ArrayList<>(Arrays.asList(resources));
            sorted.sort(Comparator.comparing(Resource::getFilename));
            return sorted.stream().map(DemoSeed::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list demo seeds", e);
        }
    }

    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public String key() {
        return "demo-content";
    }

    @Override
    public String value() {
        return state;
    }
}
