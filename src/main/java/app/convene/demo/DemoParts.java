package app.convene.demo;

import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The demo's loaders, one per kind of content, created only when the demo is loaded (decision 0062): they and this
 * holder are lazy beans, so a start without the demo (production) creates none of them.
 */
@Lazy
@Component
record DemoParts(CoalitionLoader coalitions, PeopleLoader people, StakeholderLoader stakeholders,
                 WorkgroupLoader workgroups, MilestoneLoader milestones, RecommendationLoader recommendations,
                 ImplementationLoader implementation, TranslationLoader translations, ConveningLoader convenings,
                 AttendanceLoader attendance, MinutesLoader minutes, OfficeHourLoader officeHours,
                 LibraryLoader library, IndicatorLoader indicators) {
}
