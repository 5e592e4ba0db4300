package app.convene.demo;

import app.convene.demo.internal.DemoPeople;
import app.convene.demo.internal.DemoSeed;
import app.convene.initiatives.InitiativeDetails;
import app.convene.initiatives.InitiativeService;
import app.convene.security.PersonService;
import app.convene.workgroups.NewNote;
import app.convene.workgroups.NoteKind;
import app.convene.workgroups.WorkgroupNoteService;
import app.convene.workgroups.WorkgroupService;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/** A workgroup per strategic goal, its charter from the goal; leads and members from people.yaml. */
@Lazy
@Component
class WorkgroupLoader {

    private final InitiativeService initiatives;
    private final PersonService persons;
    private final WorkgroupService workgroups;
    private final WorkgroupNoteService workgroupNotes;

    WorkgroupLoader(InitiativeService initiatives, PersonService persons, WorkgroupService workgroups,
                    WorkgroupNoteService workgroupNotes) {
        this.workgroupNotes = workgroupNotes;
        this.initiatives = initiatives;
        this.persons = persons;
        this.workgroups = workgroups;
    }

    void load(List<DemoSeed> coalitions, DemoPeople people) {
        for (DemoSeed seed : coalitions) {
            InitiativeDetails initiative = initiatives.findPublicBySlug(seed.initiative().slug()).orElseThrow();
            for (InitiativeDetails.Goal goal : initiative.goals()) {
                workgroups.create(initiative.id(), goal.id(), goal.title(), charter(goal), null, false);
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
        addYouthTransitionNotes();
    }

    private static String charter(InitiativeDetails.Goal goal) {
        StringBuilder charter = new StringBuilder();
        if (goal.description() != null) {
            charter.append(goal.description()).append("\n\n");
        }
        if (!goal.strategies().isEmpty()) {
            charter.append("**Strategies**\n\n");
            goal.strategies().forEach(strategy -> charter.append("- ").append(strategy).append('\n'));
        }
        return charter.toString();
    }

    /** The Youth Transition workgroup of Equity at Work has met once and has an open action. */
    private void addYouthTransitionNotes() {
        long atlanta = initiatives.findPublicBySlug("equity-at-work").map(InitiativeDetails::id).orElseThrow();
        InitiativeDetails.Goal youth = initiatives.findPublicBySlug("equity-at-work").orElseThrow().goals().stream()
                .filter(g -> g.title().equals("Youth Transition")).findFirst().orElseThrow();
        long youthGroup = workgroups.forGoal(atlanta, youth.id()).orElseThrow();
        long sam = persons.registerKnown("d3bdb487-6a3a-59e5-b444-f60f8ac71d11", "Sam Chen", "sam.chen@example.org");
        LocalDate today = LocalDate.now();
        workgroupNotes.addNote(youthGroup, new NewNote(NoteKind.MEETING, "First meeting",
                "Agreed to map **secondary-to-career** pathways across the five core counties.\n\n"
                        + "- Invite school district partners\n- Collect existing pathway data", today.minusDays(14), null, null));
        workgroupNotes.addNote(youthGroup, new NewNote(NoteKind.ACTION, "Draft the pathway inventory template",
                "A one-page template for districts to list their programs.", today.minusDays(14), sam, today.plusDays(14)));
    }
}
