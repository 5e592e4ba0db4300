package app.convene.implementation;

import java.time.LocalDate;
import java.util.List;

/**
 * Where a published recommendation's implementation stands, as the public page shows it: status, the reason when
 * not pursued, owner organization (null: none yet), the latest progress update (null when there is none) and the
 * linked indicators that are public (never an internal one).
 */
public record ImplementationStanding(long recommendationId, ImplementationStatus status, String notPursuedReason,
                                     String owner, LocalDate lastUpdateOn, String lastUpdate,
                                     List<LinkedIndicator> publicIndicators) {

    public ImplementationStanding {
        publicIndicators = List.copyOf(publicIndicators);
    }

    /** The same standing with these public linked indicators. */
    public ImplementationStanding withPublicIndicators(List<LinkedIndicator> indicators) {
        return new ImplementationStanding(recommendationId, status, notPursuedReason, owner, lastUpdateOn, lastUpdate,
                indicators);
    }
}
