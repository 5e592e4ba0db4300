package app.convene.implementation;

import java.time.LocalDate;

/**
 * Where a published recommendation's implementation stands, as the public page shows it: status, the reason when
 * not pursued, owner organization (null: none yet) and the latest progress update (null when there is none).
 */
public record ImplementationStanding(long recommendationId, ImplementationStatus status, String notPursuedReason,
                                     String owner, LocalDate lastUpdateOn, String lastUpdate) {
}
