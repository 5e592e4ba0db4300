package app.convene.convenings;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code /calendar/convenings/<id>.ics}: one convening as a calendar file; "not found" for whoever may not see it. */
@RestController
class ConveningIcsDownload {

    static final String PATH = "/calendar/convenings/";
    private static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final ConveningCalendar calendar;

    ConveningIcsDownload(ConveningCalendar calendar) {
        this.calendar = calendar;
    }

    @GetMapping(PATH + "{id}.ics")
    ResponseEntity<String> download(@PathVariable long id) {
        try {
            String ics = calendar.ics(id);
            return ResponseEntity.ok().contentType(CALENDAR).header(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename("convening-" + id + ".ics").build().toString()).body(ics);
        } catch (AccessDeniedException hidden) {
            return ResponseEntity.notFound().build();
        }
    }
}
