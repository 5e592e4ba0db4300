package app.convene.initiatives;

/** One line of the initiative list. */
public record InitiativeSummary(long id, String slug, String name, String region, String summary,
                                long goalCount, long phaseCount) {
}
