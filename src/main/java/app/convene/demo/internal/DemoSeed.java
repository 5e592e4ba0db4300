package app.convene.demo.internal;

import app.convene.initiatives.NewInitiative;
import app.convene.stakeholders.OrganizationType;
import app.convene.stakeholders.PartnerRole;
import app.convene.stakeholders.Sector;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.Resource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * One demo coalition as written in {@code demo/*.yaml}; {@code partnersByCounty}: its public partner list
 * is grouped by county (a coalition across several counties).
 */
public record DemoSeed(String key, NewInitiative initiative, List<Partner> partners, boolean partnersByCounty) {

    public record Partner(String name, String office, OrganizationType type, Sector sector, String county,
                          String region, PartnerRole role) {
    }

    public static DemoSeed read(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            return fromMap(root);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read demo seed " + resource, e);
        } catch (RuntimeException e) {
            throw new IllegalStateException("Demo seed " + resource.getFilename() + " is malformed: " + e.getMessage(), e);
        }
    }

    @SuppressWarnings("unchecked")
    static DemoSeed fromMap(Map<String, Object> root) {
        List<NewInitiative.GoalDraft> goals = list(root, "goals").stream()
                .map(g -> new NewInitiative.GoalDraft(text(g, "title"), text(g, "description"),
                        ((List<Object>) g.getOrDefault("strategies", List.of())).stream().map(String::valueOf).toList()))
                .toList();
        List<NewInitiative.PhaseDraft> phases = list(root, "phases").stream()
                .map(p -> new NewInitiative.PhaseDraft(text(p, "name"), text(p, "description"),
                        LocalDate.parse(text(p, "start")), LocalDate.parse(text(p, "end"))))
                .toList();
        NewInitiative initiative = new NewInitiative(text(root, "slug"), text(root, "name"), text(root, "region"),
                text(root, "summary"), text(root, "vision"), text(root, "mission"), goals, phases);
        List<Partner> partners = list(root, "partners").stream()
                .map(p -> new Partner(text(p, "name"), text(p, "office"),
                        OrganizationType.valueOf(text(p, "type")),
                        p.containsKey("sector") ? Sector.valueOf(text(p, "sector")) : null,
                        text(p, "county"), text(p, "region"), PartnerRole.valueOf(text(p, "role"))))
                .toList();
        return new DemoSeed(text(root, "key"), initiative, partners, Boolean.TRUE.equals(root.get("partnersByCounty")));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> map, String key) {
        Object value = map.get(key);
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }

    private static String text(Map<String, Object> map, String key) {
        Object value = map.get(key);
        return value == null ? null : String.valueOf(value).strip();
    }
}
