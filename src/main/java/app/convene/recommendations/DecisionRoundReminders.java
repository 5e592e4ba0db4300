package app.convene.recommendations;

import app.convene.recommendations.internal.DecisionRound;
import app.convene.recommendations.internal.DecisionRoundRepository;
import app.convene.recommendations.internal.RecommendationRepository;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the electorate of an open round that it closes soon, once per round ({@code closing_notice_at} marks it),
 * within {@link RecommendationNotices#CLOSING_SOON} of its closing time; run by {@link DecisionRoundsJob}.
 */
@Service
@Transactional(readOnly = true)
class DecisionRoundReminders {

    private final DecisionRoundRepository rounds;
    private final RecommendationRepository recommendations;
    private final DecisionRecords records;
    private final RecommendationNotices notices;
    private final Clock clock;

    DecisionRoundReminders(DecisionRoundRepository rounds, RecommendationRepository recommendations,
                           DecisionRecords records, RecommendationNotices notices, Clock clock) {
        this.rounds = rounds;
        this.recommendations = recommendations;
        this.records = records;
        this.notices = notices;
        this.clock = clock;
    }

    /** Tells each open round's electorate once, when it closes within a day; returns how many rounds. */
    @Transactional
    int remindClosingSoon() {
        Instant now = clock.instant();
        int told = 0;
        for (long id : rounds.closingSoonIds(now, now.plus(RecommendationNotices.CLOSING_SOON))) {
            if (rounds.markClosingNotice(id, now) == 1) {
                DecisionRound round = rounds.findById(id).orElseThrow();
                notices.closingSoon(recommendations.require(round.getRecommendationId()), records.view(round));
                told++;
            }
        }
        return told;
    }
}
