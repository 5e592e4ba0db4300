package app.convene.stakeholders;

import app.convene.initiatives.InitiativeDirectory;
import app.convene.security.MyRoleItem;
import app.convene.security.OwnDataContribution;
import app.convene.security.PersonSummary;
import app.convene.stakeholders.internal.Registration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON a person downloads of their own data: who they are, each role with its initiative, their
 * stakeholder profiles, then every part the modules contribute ({@link OwnDataContribution}).
 */
@Component
class OwnDataDownload {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
            .findAndAddModules().build();

    private final InitiativeDirectory initiatives;
    private final ObjectProvider<OwnDataContribution> contributions;

    OwnDataDownload(InitiativeDirectory initiatives, ObjectProvider<OwnDataContribution> contributions) {
        this.initiatives = initiatives;
        this.contributions = contributions;
    }

    byte[] of(PersonSummary me, List<MyRoleItem> roles, List<Registration> profiles, Instant now) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("exportedAt", now.toString());
        data.put("person", Map.of("id", me.id(), "name", me.name(), "email", me.email() == null ? "" : me.email()));
        List<Map<String, Object>> roleList = new ArrayList<>();
        for (MyRoleItem role : roles) {
            roleList.add(Map.of("initiative", initiativeName(role.initiativeId()), "role", role.role().name(),
                    "since", role.appointedAt().toString()));
        }
        data.put("roles", roleList);
        List<Object> profileList = new ArrayList<>();
        for (Registration r : profiles) {
            Map<String, Object> profile = new LinkedHashMap<>();
            profile.put("initiative", initiativeName(r.getInitiativeId()));
            profile.put("profile", ProfileService.profile(r));
            profileList.add(profile);
        }
        data.put("stakeholderProfiles", profileList);
        contributions.orderedStream().forEach(c -> data.putAll(c.ownData(me.id())));
        return JSON.writeValueAsBytes(data);
    }

    private String initiativeName(long initiativeId) {
        return initiatives.findById(initiativeId).map(InitiativeDirectory.InitiativeRef::name)
                .orElse(String.valueOf(initiativeId));
    }
}
