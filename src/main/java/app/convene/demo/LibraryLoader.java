package app.convene.demo;

import app.convene.demo.internal.DemoPeople;
import app.convene.initiatives.InitiativeService;
import app.convene.library.LibraryTagService;
import app.convene.library.ResourceDraft;
import app.convene.library.ResourceLanguage;
import app.convene.library.ResourceService;
import app.convene.library.ResourceType;
import app.convene.library.ResourceVisibility;
import app.convene.security.Actor;
import app.convene.security.Authorization;
import app.convene.security.PersonService;
import app.convene.shared.ConveneClock;
import app.convene.workgroups.WorkgroupService;
import app.convene.workgroups.WorkgroupSummary;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.context.annotation.Lazy;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The resource library from {@code demo/library/library.yaml}: each initiative's tags (as the system), then its
 * links and files — real PDF and DOCX files written by {@link DemoDocuments} — each version uploaded by the demo
 * person the YAML names at the moment it names, through the library's services (so the search index fills from
 * the outbox as for any upload).
 */
@Lazy
@Component
class LibraryLoader {

    private final InitiativeService initiatives;
    private final WorkgroupService workgroups;
    private final PersonService persons;
    private final ResourceService resources;
    private final LibraryTagService tags;

    LibraryLoader(InitiativeService initiatives, WorkgroupService workgroups, PersonService persons,
                  ResourceService resources, LibraryTagService tags) {
        this.initiatives = initiatives;
        this.workgroups = workgroups;
        this.persons = persons;
        this.resources = resources;
        this.tags = tags;
    }

    @SuppressWarnings("unchecked")
    void load(DemoPeople people) {
        Map<String, Object> root = DemoResources.yaml("demo/library/library.yaml");
        Map<String, Long> tagIds = new HashMap<>();
        for (Map<String, Object> group : (List<Map<String, Object>>) root.get("tags")) {
            String slug = String.valueOf(group.get("initiative"));
            long initiativeId = initiativeId(slug);
            for (String name : (List<String>) group.get("names")) {
                tagIds.put(slug + "/" + name, tags.add(initiativeId, name, (String) group.get("group")));
            }
        }
        for (Map<String, Object> r : (List<Map<String, Object>>) root.get("resources")) {
            add(r, people, tagIds);
        }
    }

    @SuppressWarnings("unchecked")
    private void add(Map<String, Object> r, DemoPeople people, Map<String, Long> tagIds) {
        String slug = String.valueOf(r.get("initiative"));
        long initiativeId = initiativeId(slug);
        ResourceDraft draft = draft(r, initiativeId);
        List<Map<String, Object>> versions = (List<Map<String, Object>>) r.getOrDefault("versions", List.of());
        Map<String, Object> first = versions.isEmpty() ? r : versions.getFirst();
        Actor adder = actor(people, first.get("by"));
        Instant added = DemoResources.moment(first.get("at"), Instant.now());
        long id;
        if (versions.isEmpty()) {
            id = as(adder, added, () -> resources.addLink(initiativeId, draft));
        } else {
            String language = draft.language() == ResourceLanguage.ES ? "es" : "en";
            String firstText = String.valueOf(first.get("text"));
            id = as(adder, added, () -> resources.addFile(initiativeId, draft, String.valueOf(first.get("file")),
                    file(first, draft.title(), language, firstText), note(first)));
            String text = firstText;
            for (Map<String, Object> v : versions.subList(1, versions.size())) {
                text = text.strip() + "\n" + v.get("adds");
                String content = text;
                as(actor(people, v.get("by")), DemoResources.moment(v.get("at"), added), () -> resources.addVersion(
                        id, String.valueOf(v.get("file")), file(v, draft.title(), language, content), note(v)));
            }
        }
        List<Long> tagged = ((List<String>) r.getOrDefault("tags", List.of())).stream()
                .map(name -> tagIds.get(slug + "/" + name)).toList();
        as(adder, added, () -> {
            resources.setTags(id, tagged);
            return null;
        });
    }

    private ResourceDraft draft(Map<String, Object> r, long initiativeId) {
        Long workgroupId = r.get("workgroup") == null ? null : workgroups.list(initiativeId, PageRequest.of(0, 200))
                .stream().filter(w -> w.name().equals(r.get("workgroup"))).map(WorkgroupSummary::id).findFirst()
                .orElseThrow(() -> new IllegalStateException("No demo workgroup " + r.get("workgroup")));
        return new ResourceDraft(String.valueOf(r.get("title")), (String) r.get("description"),
                ResourceType.valueOf(String.valueOf(r.get("type"))),
                ResourceLanguage.valueOf(String.valueOf(r.get("language"))),
                ResourceVisibility.valueOf(String.valueOf(r.get("visibility"))), workgroupId, (String) r.get("url"));
    }

    private static ByteArrayInputStream file(Map<String, Object> version, String title, String language, String text) {
        return new ByteArrayInputStream(DemoDocuments.file(String.valueOf(version.get("file")).toLowerCase(Locale.ROOT),
                title, language, text));
    }

    private static String note(Map<String, Object> version) {
        return (String) version.get("note");
    }

    private long initiativeId(String slug) {
        return initiatives.findPublicBySlug(slug).orElseThrow().id();
    }

    /** The demo person of that name, registered as the people loader does. */
    private Actor actor(DemoPeople people, Object name) {
        DemoPeople.Person person = people.people().stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("Demo library names unknown person " + name));
        return new Actor(persons.registerKnown(person.subject(), person.name(), person.email()), person.name(), false);
    }

    /** Runs the work as that person with "now" at that moment. */
    private static <T> T as(Actor actor, Instant moment, Supplier<T> work) {
        return ConveneClock.replaying(moment, () -> Authorization.runAs(actor, work));
    }
}
