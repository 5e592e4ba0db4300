package app.convene.demo;

import app.convene.convenings.AttendanceService.WalkIn;
import app.convene.convenings.AttendanceService;
import app.convene.convenings.ConveningItem;
import app.convene.convenings.ConveningLists;
import app.convene.initiatives.InitiativeService;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Lazy;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/** Who came to the demo's past convenings, from {@code demo/convenings/attendance.yaml} (invented people, as walk-ins). */
@Lazy
@Component
class AttendanceLoader {

    private final InitiativeService initiatives;
    private final ConveningLists convenings;
    private final AttendanceService attendance;

    AttendanceLoader(InitiativeService initiatives, ConveningLists convenings, AttendanceService attendance) {
        this.initiatives = initiatives;
        this.convenings = convenings;
        this.attendance = attendance;
    }

    @SuppressWarnings("unchecked")
    void load() {
        Map<String, Object> root = DemoResources.yaml("demo/convenings/attendance.yaml");
        for (Map<String, Object> a : (List<Map<String, Object>>) root.get("attendance")) {
            long initiativeId = initiatives.findPublicBySlug(String.valueOf(a.get("initiative"))).orElseThrow().id();
            long conveningId = convenings.managed(initiativeId, false, PageRequest.of(0, 200)).getContent().stream()
                    .filter(c -> c.title().equals(a.get("convening"))).map(ConveningItem::id).findFirst().orElseThrow();
            List<String> given = (List<String>) a.get("givenNames");
            List<String> family = (List<String>) a.get("familyNames");
            List<String> organizations = (List<String>) a.get("organizations");
            int count = ((Number) a.get("count")).intValue();
            for (int n = 0; n < count; n++) {
                String name = given.get(n % given.size()) + " "
                        + family.get((n / given.size() + n % given.size()) % family.size());
                attendance.walkIn(conveningId, new WalkIn(null, name, null, organizations.get(n % organizations.size())));
            }
        }
    }
}
