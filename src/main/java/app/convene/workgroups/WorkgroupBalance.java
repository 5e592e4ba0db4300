package app.convene.workgroups;

import app.convene.stakeholders.DemographicsTables;
import app.convene.stakeholders.DirectoryService.MemberFacts;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * A workgroup's balance tab (coordinators): members by sector and by region (exact, counts below five
 * null: "fewer than 5"; "" for not given), and the members' self-identified demographics, protected by the
 * disclosure control (decision 0040).
 */
public record WorkgroupBalance(Map<String, Long> bySector, Map<String, Long> byRegion, DemographicsTables demographics) {

    static WorkgroupBalance of(Collection<Long> people, Map<Long, MemberFacts> facts, DemographicsTables demographics) {
        Map<String, Long> sectors = new TreeMap<>();
        Map<String, Long> regions = new TreeMap<>();
        for (Long person : people) {
            MemberFacts f = facts.get(person);
            sectors.merge(f == null || f.sector() == null ? "" : f.sector().name(), 1L, Long::sum);
            regions.merge(f == null || f.region() == null ? "" : f.region(), 1L, Long::sum);
        }
        return new WorkgroupBalance(suppress(sectors), suppress(regions), demographics);
    }

    /** Counts below five become null ("fewer than 5"). */
    static Map<String, Long> suppress(Map<String, Long> counts) {
        Map<String, Long> shown = new TreeMap<>();
        counts.forEach((key, count) -> shown.put(key, count < 5 ? null : count));
        return shown;
    }
}
