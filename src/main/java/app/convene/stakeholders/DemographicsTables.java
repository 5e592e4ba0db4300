package app.convene.stakeholders;

import app.convene.stakeholders.internal.ParticipationQueries.DemographicsCounts;
import app.convene.stakeholders.internal.ParticipationQueries.Keyed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The self-identified demographics of a group of people, every count through {@link DisclosureControl}:
 * one table per question with a cell for every answer (in the order of the answers, so a cell that is
 * empty shows as suppressed rather than missing), and how many answered at least one question (null:
 * suppressed). Race/ethnicity allows several answers, so its cells add up to more than its people.
 */
public record DemographicsTables(ProtectedTable raceEthnicity, ProtectedTable gender, ProtectedTable livedExperience,
                                 Long answered) {

    static DemographicsTables of(DemographicsCounts counts) {
        long population = counts.population().keySum();
        Keyed answered = counts.answered();
        return new DemographicsTables(table(counts, "race", Demographics.RaceEthnicity.values(), population),
                table(counts, "gender", Demographics.Gender.values(), population),
                table(counts, "lived", Demographics.LivedExperience.values(), population),
                DisclosureControl.protect(List.of(new CellInput("answered", answered.count(), answered.keySum())),
                        population).cells().getFirst().value());
    }

    private static ProtectedTable table(DemographicsCounts counts, String dimension, Enum<?>[] answers, long population) {
        Map<String, Keyed> byAnswer = counts.byDimension().getOrDefault(dimension, Map.of());
        List<CellInput> cells = new ArrayList<>();
        for (Enum<?> answer : answers) {
            Keyed keyed = byAnswer.getOrDefault(answer.name(), Keyed.NONE);
            cells.add(new CellInput(answer.name(), keyed.count(), keyed.keySum()));
        }
        return DisclosureControl.protect(cells, population);
    }
}
