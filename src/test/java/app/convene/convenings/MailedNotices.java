package app.convene.convenings;

import app.convene.notifications.Notification;
import app.convene.notifications.internal.NoticeMail;
import java.io.StringReader;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import org.mockito.Mockito;

/**
 * The notices handed to their "mail at once" delivery, as a test reads them from the real {@link NoticeMail} watched
 * by a spy ({@code @MockitoSpyBean}): what a person's mail is made of (kind, text, initiative, link, calendar part).
 */
final class MailedNotices {

    private MailedNotices() {
    }

    /** The notices for this person that were handed to mail at once, oldest first. */
    static List<Notification> to(NoticeMail mail, long personId) {
        return Mockito.mockingDetails(mail).getInvocations().stream()
                .filter(call -> call.getMethod().getName().equals("mailAtOnce"))
                .map(call -> (Notification) call.getArgument(1))
                .filter(n -> n.personId() == personId).toList();
    }

    /** The notice's calendar part, parsed with ical4j. */
    static Calendar calendar(Notification notification) throws Exception {
        return new CalendarBuilder().build(new StringReader(notification.calendar()));
    }
}
