package app.convene.shared.ui;

import app.convene.shared.mail.LocalMailbox;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.SliceImpl;

/**
 * The embedded default's mailbox: every message Convene and the local Keycloak sent, newest
 * first, so the demo's flows (registration, approval, setting a password) can be followed without
 * a mail server. Exists only when the local mailbox runs (demo content on, never under {@code prod}),
 * and only for an administrator on a loopback request (others see not-found); text is shown as
 * text, links as links.
 */
@Route(value = "demo/mailbox", layout = MainLayout.class)
@AnonymousAllowed
public class MailboxView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]+");
    private final ObjectProvider<LocalMailbox> mailbox;

    public MailboxView(ObjectProvider<LocalMailbox> mailbox) {
        this.mailbox = mailbox;
        addClassName("cv-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        LocalMailbox box = mailbox.getIfAvailable();
        if (box == null || !MailboxAccess.allowsCurrent()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        List<MimeMessage> messages = new ArrayList<>(box.messages());
        Collections.reverse(messages);
        add(new H1(getTranslation("mailbox.title")), new Paragraph(getTranslation("mailbox.intro")));
        if (messages.isEmpty()) {
            add(new Paragraph(getTranslation("mailbox.empty")));
            return;
        }
        add(new PagedList<>(page -> slice(messages, page), this::card, 10, getTranslation("mailbox.more")));
    }

    private static SliceImpl<MimeMessage> slice(List<MimeMessage> all, Pageable page) {
        int from = (int) Math.min(page.getOffset(), all.size());
        int to = Math.min(from + page.getPageSize(), all.size());
        return new SliceImpl<>(all.subList(from, to), page, to < all.size());
    }

    private Component card(MimeMessage message) {
        Article card = new Article();
        card.addClassName("cv-card");
        try {
            card.add(new H2(message.getSubject() == null ? "" : message.getSubject()));
            Span meta = new Span(getTranslation("mailbox.to", String.join(", ",
                    Arrays.stream(message.getAllRecipients()).map(Object::toString).toList()),
                    message.getSentDate() == null ? "" : message.getSentDate().toString()));
            meta.addClassName("cv-facts");
            card.add(meta, body(text(message)));
        } catch (Exception e) {
            card.add(new Paragraph(getTranslation("mailbox.unreadable")));
        }
        return card;
    }

    /** The message text with every address turned into a link. */
    static Component body(String text) {
        Pre pre = new Pre();
        pre.addClassName("cv-mail-body");
        Matcher matcher = URL.matcher(text);
        int last = 0;
        while (matcher.find()) {
            pre.add(new Span(text.substring(last, matcher.start())));
            Anchor link = new Anchor(matcher.group(), matcher.group());
            link.setRouterIgnore(true);
            pre.add(link);
            last = matcher.end();
        }
        pre.add(new Span(text.substring(last)));
        return pre;
    }

    static String text(Part part) throws Exception {
        return MailboxTexts.text(part);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mailbox.title") + " · " + getTranslation("app.name");
    }
}
