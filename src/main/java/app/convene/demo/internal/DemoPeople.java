package app.convene.demo.internal;

import app.convene.security.InitiativeRole;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The demo's invented people and their roles, from {@code demo/people/people.yaml}. */
public record DemoPeople(String key, List<Person> people) {

    public record Person(String subject, String name, String email, List<Role> roles, List<Workgroup> workgroups) {
    }

    /** Membership of the workgroup of a strategic goal; role LEAD or MEMBER. */
    public record Workgroup(String initiative, String goal, String role) {
    }

    public record Role(String initiative, InitiativeRole role) {
    }

    @SuppressWarnings("unchecked")
    public static DemoPeople read() {
        try (InputStream in = new ClassPathResource("demo/people/people.yaml").getInputStream()) {
            Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            List<Person> people = ((List<Map<String, Object>>) root.get("people")).stream()
                    .map(p -> new Person(String.valueOf(p.get("subject")), String.valueOf(p.get("name")),
                            String.valueOf(p.get("email")),
                            ((List<Map<String, Object>>) p.getOrDefault("roles", List.of())).stream()
                                    .map(r -> new Role(String.valueOf(r.get("initiative")),
                                            InitiativeRole.valueOf(String.valueOf(r.get("role")))))
                                    .toList(),
                            ((List<Map<String, Object>>) p.getOrDefault("workgroups", List.of())).stream()
                                    .map(w -> new Workgroup(String.valueOf(w.get("initiative")), String.valueOf(w.get("goal")),
                                            String.valueOf(w.get("role"))))
                                    .toList()))
                    .toList();
            return new DemoPeople(String.valueOf(root.get("key")), people);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read demo people", e);
        }
    }
}
