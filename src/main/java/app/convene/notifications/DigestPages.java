package app.convene.notifications;

import app.convene.notifications.internal.DigestQueries;
import app.convene.notifications.internal.DigestQueries.Line;
import app.convene.notifications.internal.ReaderLanguages;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** One page of people's digests, in one transaction: claim, record, mark the notices sent, send after the commit. */
@Service
@Transactional(readOnly = true)
class DigestPages {

    private final DigestQueries queries;
    private final DigestLetters letters;
    private final ReaderLanguages languages;
    private final Postman postman;

    DigestPages(DigestQueries queries, DigestLetters letters, ReaderLanguages languages, Postman postman) {
        this.queries = queries;
        this.letters = letters;
        this.languages = languages;
        this.postman = postman;
    }

    /**
     * The digests of these people for the period: those another transaction is working on are left to it,
     * those who had theirs already get none; read notices are left out (they stop waiting). Returns how many
     * digests were sent.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    int send(String frequency, LocalDate period, Instant due, Instant now, List<Long> candidates) {
        List<Long> people = queries.claim(candidates);
        if (people.isEmpty()) {
            return 0;
        }
        queries.stopWaiting(frequency, people);
        Map<Long, List<Line>> byPerson = new LinkedHashMap<>();
        for (Line line : queries.lines(frequency, due, people)) {
            byPerson.computeIfAbsent(line.personId(), p -> new ArrayList<>()).add(line);
        }
        Map<Long, Integer> counts = new HashMap<>();
        byPerson.forEach((person, lines) -> counts.put(person, lines.size()));
        Map<Long, Long> digests = queries.record(frequency, period, counts, now);
        Map<Long, Long> digestByNotice = new HashMap<>();
        String base = letters.base();
        List<Letter> mail = new ArrayList<>(digests.size());
        byPerson.forEach((person, lines) -> {
            Long digest = digests.get(person);
            if (digest != null) {
                lines.forEach(line -> digestByNotice.put(line.noticeId(), digest));
                mail.add(letters.letter(Delivery.valueOf(frequency), lines, languages.of(person), base));
            }
        });
        queries.markSent(digestByNotice);
        postman.sendAll(mail);
        return mail.size();
    }
}
