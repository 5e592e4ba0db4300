package app.convene.stakeholders;

import static app.convene.stakeholders.TableAttacker.CELL_KEY;
import static app.convene.stakeholders.TableAttacker.OLD;
import static org.assertj.core.api.Assertions.assertThat;

import app.convene.security.Actor;
import app.convene.security.Authorization;
import app.convene.security.InitiativeRole;
import app.convene.security.RoleService;
import app.convene.stakeholders.Demographics.Gender;
import app.convene.stakeholders.Demographics.LivedExperience;
import app.convene.stakeholders.Demographics.RaceEthnicity;
import app.convene.stakeholders.TableAttacker.Observation;
import app.convene.stakeholders.TableAttacker.Publication;
import app.convene.stakeholders.TableAttacker.Shown;
import app.convene.stakeholders.internal.ParticipationQueries;
import app.convene.stakeholders.internal.ParticipationQueries.DemographicsCounts;
import app.convene.support.ConveneTest;
import app.convene.support.SignIn;
import app.convene.support.SmallInitiatives;
import app.convene.workgroups.WorkgroupService;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The attacker of issue 18: a coordinator who sees every table the pages offer (the participation summary's
 * demographics, and the balance tab of every workgroup, the pages' only "filter") before and after one
 * registration is approved and one account is closed, knows the method and its public parameters but not the
 * keys, and tries every subtraction within and across the snapshots ({@link TableAttacker}). With the disclosure
 * control at least two answers stay possible for each question; with the old behaviour (exact counts, small
 * ones hidden, exact totals) the same attacker recovers the person's answers, so this test can fail.
 */
@ConveneTest
@TestPropertySource(properties = "convene.test.database=disclosure")
class DisclosureAttackTest {

    private static final String[] DIMENSIONS = {"race", "gender", "lived"};

    @Autowired
    SmallInitiatives small;
    @Autowired
    RoleService roles;
    @Autowired
    RegistrationService registrations;
    @Autowired
    ProfileService profiles;
    @Autowired
    ParticipationService participation;
    @Autowired
    ParticipationQueries queries;
    @Autowired
    WorkgroupService workgroups;
    @Autowired
    JdbcClient jdbc;

    long initiative;
    Actor coordinator;
    List<Long> workgroupIds = new ArrayList<>();

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void noSubtractionAndNoBeforeAfterPairRevealsAnAnswerButTheOldPagesDid() {
        initiative = small.initiative();
        coordinator = small.withRole(initiative, InitiativeRole.COORDINATOR, "Coordinator");
        List<Long> background = background(40);
        Demographics closing = new Demographics(Set.of(RaceEthnicity.WHITE), Gender.MAN, LivedExperience.NO);
        Demographics approved = new Demographics(Set.of(RaceEthnicity.BLACK_AFRICAN_AMERICAN,
                RaceEthnicity.HISPANIC_LATINO), Gender.WOMAN, LivedExperience.YES);
        SignIn.as(coordinator);
        long leaver = approve(register("Quinn Leaving", closing));
        Authorization.runAsSystem(() -> {
            workgroupIds.add(workgroup("W1", background.subList(0, 12), leaver));
            workgroupIds.add(workgroup("W2", background.subList(12, 20), leaver));
            workgroupIds.add(workgroup("W3", background.subList(20, 26), null));
            return null;
        });
        assertEveryTableHasPeopleWhoSkippedEachQuestion();
        long joiner = register("Pat Joining", approved);

        Snapshot start = snapshot();
        approve(joiner);
        Snapshot approvedOne = snapshot();
        SignIn.as(new Actor(leaver, "Quinn Leaving", false));
        profiles.closeMyAccount();
        SignIn.as(coordinator);
        Snapshot closedOne = snapshot();

        assertThat(snapshot().shown()).as("the same data shows the same tables").isEqualTo(closedOne.shown());
        attack(start, approvedOne, +1, List.of("summary"), approved);
        attack(approvedOne, closedOne, -1, List.of("summary", "W1", "W2"), closing);
        subtractionsWithinEachTable(List.of(start, approvedOne, closedOne));
    }

    /** Every before/after pair: the new pages leave two answers or more; the old pages leave exactly the true one. */
    private void attack(Snapshot before, Snapshot after, int delta, List<String> affected, Demographics truth) {
        for (String table : before.shown().keySet()) {
            if (!affected.contains(table)) {
                assertThat(after.shown().get(table)).as("%s, which the person is not in, does not change", table)
                        .isEqualTo(before.shown().get(table));
            }
        }
        for (String dimension : DIMENSIONS) {
            Set<Integer> answer = answerOf(truth, dimension);
            Set<Set<Integer>> protectedLeft = candidates(before, after, delta, affected, dimension, CELL_KEY, false);
            Set<Set<Integer>> oldLeft = candidates(before, after, delta, affected, dimension, OLD, true);
            assertThat(protectedLeft).as("%s: the true answer stays possible", dimension).contains(answer);
            assertThat(protectedLeft.size()).as("%s: answers still possible after %s, protected", dimension,
                    delta > 0 ? "an approval" : "an account closure").isGreaterThanOrEqualTo(2);
            assertThat(oldLeft).as("%s: the old pages give the answer away", dimension).containsExactly(answer);
        }
    }

    private Set<Set<Integer>> candidates(Snapshot before, Snapshot after, int delta, List<String> affected,
                                         String dimension, Publication publication, boolean old) {
        boolean single = !dimension.equals("race");
        Set<Set<Integer>> left = new java.util.HashSet<>();
        for (Set<Integer> h : TableAttacker.hypotheses(cellsOf(dimension), single)) {
            boolean possible = true;
            for (String table : affected) {
                Observation cells = new Observation(before.table(table, dimension, old), after.table(table, dimension, old),
                        before.population(table), after.population(table), single);
                Observation answered = new Observation(before.table(table, "answered", old),
                        after.table(table, "answered", old), before.population(table), after.population(table), true);
                boolean answeredFits = TableAttacker.consistent(answered, Set.of(0), delta, publication)
                        || h.isEmpty() && TableAttacker.consistent(answered, Set.of(), delta, publication);
                possible &= answeredFits && TableAttacker.consistent(cells, h, delta, publication);
            }
            if (possible) {
                left.add(h);
            }
        }
        return left;
    }

    /** Total minus the other cells, and every other sum in one table: no suppressed cell is pinned down. */
    private void subtractionsWithinEachTable(List<Snapshot> snapshots) {
        boolean oldPinnedOne = false;
        for (Snapshot snapshot : snapshots) {
            for (String table : snapshot.shown().keySet()) {
                for (String dimension : DIMENSIONS) {
                    Shown shown = snapshot.table(table, dimension, false);
                    Shown old = snapshot.table(table, dimension, true);
                    for (int cell = 0; cell < shown.values().size(); cell++) {
                        boolean single = !dimension.equals("race");
                        long population = snapshot.population(table);
                        if (shown.values().get(cell) == null) {
                            assertThat(TableAttacker.possibleCounts(shown, cell, population, single, CELL_KEY))
                                    .as("%s %s cell %d", table, dimension, cell).hasSizeGreaterThanOrEqualTo(2);
                        }
                        if (old.values().get(cell) == null
                                && TableAttacker.possibleCounts(old, cell, population, single, OLD).size() == 1) {
                            oldPinnedOne = true;
                        }
                    }
                }
            }
        }
        assertThat(oldPinnedOne).as("the old exact totals pin down some hidden cell").isTrue();
    }

    // ---- fixtures ----

    /** Approved stakeholders with demographics mixed by a fixed seed (their keys are the database's own). */
    private List<Long> background(int n) {
        List<Gender> genders = spread(Map.of(Gender.WOMAN, 14, Gender.MAN, 10, Gender.NON_BINARY, 3, Gender.ANOTHER, 1,
                Gender.PREFER_NOT_TO_SAY, 5), n);
        List<LivedExperience> lived = spread(Map.of(LivedExperience.YES, 15, LivedExperience.NO, 12,
                LivedExperience.PREFER_NOT_TO_SAY, 4), n);
        List<RaceEthnicity> race = spread(Map.of(RaceEthnicity.BLACK_AFRICAN_AMERICAN, 11, RaceEthnicity.HISPANIC_LATINO, 8,
                RaceEthnicity.WHITE, 7, RaceEthnicity.ASIAN, 5, RaceEthnicity.AMERICAN_INDIAN_ALASKA_NATIVE, 2,
                RaceEthnicity.ANOTHER, 1), n);
        List<Long> people = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Actor person = small.person("Background " + i);
            Authorization.runAsSystem(() -> roles.appoint(initiative, person.personId(), InitiativeRole.STAKEHOLDER));
            Set<RaceEthnicity> races = EnumSet.noneOf(RaceEthnicity.class);
            if (race.get(i) != null) {
                races.add(race.get(i));
                if (i % 5 == 0 && race.get(i) != RaceEthnicity.WHITE) {
                    races.add(RaceEthnicity.WHITE);
                }
            }
            jdbc.sql("""
                    insert into registration (initiative_id, email_key, name, email, proposed_organization, sector, region,
                                              directory_consent, status, person_id, race_ethnicity, gender, lived_experience)
                    values (?, ?, ?, ?, 'Org', 'EMPLOYER', 'North', false, 'APPROVED', ?, ?, ?, ?)""")
                    .params(initiative, "key-" + person.personId(), person.name(), person.personId() + "@example.org",
                            person.personId(), races.isEmpty() ? null
                                    : races.stream().map(Enum::name).sorted().collect(Collectors.joining(",")),
                            name(genders.get(i)), name(lived.get(i))).update();
            people.add(person.personId());
        }
        return people;
    }

    private static <E> List<E> spread(Map<E, Integer> counts, int n) {
        List<E> values = new ArrayList<>();
        counts.entrySet().stream().sorted(Map.Entry.comparingByKey((a, b) -> a.toString().compareTo(b.toString())))
                .forEach(e -> values.addAll(Collections.nCopies(e.getValue(), e.getKey())));
        while (values.size() < n) {
            values.add(null); // skipped the question
        }
        Collections.shuffle(values, new Random(18 + counts.size()));
        // Someone in each workgroup (members 0-11, 12-19, 20-25) skipped the question.
        List<Integer> kept = List.of(3, 14, 22);
        for (int at : kept) {
            for (int i = 0; i < n && values.get(at) != null; i++) {
                if (values.get(i) == null && !kept.contains(i)) {
                    Collections.swap(values, at, i);
                }
            }
        }
        return values;
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private long register(String name, Demographics demographics) {
        String email = name.toLowerCase().replace(' ', '.') + "." + UUID.randomUUID().toString().substring(0, 6)
                + "@example.org";
        registrations.register(initiative, new NewRegistration(name, email, null, "Org", null, Sector.WORKER_CENTER, null,
                "North", null, null, Set.of(), true, demographics), "10.18." + UUID.randomUUID().hashCode());
        return jdbc.sql("select id from registration where initiative_id = ? and name = ?").params(initiative, name)
                .query(Long.class).single();
    }

    /** Approves the registration as the coordinator; the person's id. */
    private long approve(long registrationId) {
        registrations.approve(registrationId, null, "http://localhost:8080/");
        return jdbc.sql("select person_id from registration where id = ?").param(registrationId).query(Long.class).single();
    }

    private long workgroup(String name, List<Long> members, Long alsoMember) {
        long id = workgroups.create(initiative, null, name + " " + UUID.randomUUID().toString().substring(0, 6), null,
                null, false);
        members.forEach(person -> workgroups.addMember(id, person));
        if (alsoMember != null) {
            workgroups.addMember(id, alsoMember);
        }
        return id;
    }

    /** What keeps the outcome independent of the keys (decision 0040): some people skipped each question. */
    private void assertEveryTableHasPeopleWhoSkippedEachQuestion() {
        Snapshot now = snapshot();
        for (String table : now.shown().keySet()) {
            DemographicsCounts counts = now.counts().get(table);
            for (String dimension : List.of("gender", "lived")) {
                long answered = counts.byDimension().getOrDefault(dimension, Map.of()).values().stream()
                        .mapToLong(ParticipationQueries.Keyed::count).sum();
                assertThat(answered).as("%s %s", table, dimension).isLessThan(counts.population().count());
            }
        }
    }

    // ---- what the pages show ----

    private static int cellsOf(String dimension) {
        return switch (dimension) {
            case "race" -> RaceEthnicity.values().length;
            case "gender" -> Gender.values().length;
            default -> LivedExperience.values().length;
        };
    }

    private static Set<Integer> answerOf(Demographics d, String dimension) {
        return switch (dimension) {
            case "race" -> d.raceEthnicity().stream().map(Enum::ordinal).collect(Collectors.toSet());
            case "gender" -> d.gender() == null ? Set.of() : Set.of(d.gender().ordinal());
            default -> d.livedExperience() == null ? Set.of() : Set.of(d.livedExperience().ordinal());
        };
    }

    /** Every table the pages offer at one moment: as shown today, and the true counts (for the old pages). */
    record Snapshot(Map<String, DemographicsTables> shown, Map<String, DemographicsCounts> counts) {

        long population(String table) {
            return counts.get(table).population().count();
        }

        Shown table(String table, String dimension, boolean old) {
            if (old) {
                List<Long> trueCounts = dimension.equals("answered") ? List.of(counts.get(table).answered().count())
                        : Arrays.stream(labels(dimension)).map(label -> counts.get(table).byDimension()
                                .getOrDefault(dimension, Map.of()).getOrDefault(label, ParticipationQueries.Keyed.NONE)
                                .count()).toList();
                return TableAttacker.oldTable(trueCounts);
            }
            DemographicsTables t = shown.get(table);
            ProtectedTable p = switch (dimension) {
                case "race" -> t.raceEthnicity();
                case "gender" -> t.gender();
                case "lived" -> t.livedExperience();
                default -> null;
            };
            if (p == null) {
                return new Shown(Collections.singletonList(t.answered()), t.answered() == null ? 0 : t.answered());
            }
            return new Shown(p.cells().stream().map(ProtectedCell::value).toList(), p.total());
        }

        private static String[] labels(String dimension) {
            Enum<?>[] values = switch (dimension) {
                case "race" -> RaceEthnicity.values();
                case "gender" -> Gender.values();
                default -> LivedExperience.values();
            };
            return Arrays.stream(values).map(Enum::name).toArray(String[]::new);
        }
    }

    private Snapshot snapshot() {
        Map<String, DemographicsTables> shown = new LinkedHashMap<>();
        Map<String, DemographicsCounts> counts = new LinkedHashMap<>();
        shown.put("summary", participation.summary(initiative).demographics());
        counts.put("summary", queries.demographics(initiative, null));
        for (int i = 0; i < workgroupIds.size(); i++) {
            long id = workgroupIds.get(i);
            shown.put("W" + (i + 1), workgroups.balance(id).demographics());
            counts.put("W" + (i + 1), queries.demographics(initiative, Authorization.runAsSystem(() -> workgroups.memberIds(id))));
        }
        return new Snapshot(shown, counts);
    }
}
