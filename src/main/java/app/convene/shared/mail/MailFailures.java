package app.convene.shared.mail;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.regex.Pattern;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;

/** Tells a mail the server will never take (park it) from one it may take later (retry it). */
final class MailFailures {

    private static final Pattern MAILBOX = Pattern.compile("[^\\s@<>\",;:()\\[\\]\\\\]+@[^\\s@<>\",;:()\\[\\]\\\\]+\\.[^\\s@<>\",;:()\\[\\]\\\\]+");

    private MailFailures() {
    }

    /** The recipient, or a permanent refusal when it is no mailbox at all. */
    static InternetAddress address(String to) {
        if (to == null || !MAILBOX.matcher(to.strip()).matches()) {
            throw new MailRefused("Invalid address: " + to, true);
        }
        try {
            InternetAddress address = new InternetAddress(to.strip(), true);
            address.validate();
            return address;
        } catch (AddressException e) {
            throw new MailRefused("Invalid address: " + to + " (" + e.getMessage() + ")", true);
        }
    }

    /** A refusal met on a connection of our own ({@link MailSession}): 5xx is permanent, anything else is not. */
    static MailRefused classify(MessagingException failure) {
        if (failure instanceof AuthenticationFailedException) {
            return new MailRefused("The mail server refused our credentials: " + reason(failure), false);
        }
        int code = replyCode(failure);
        if (code >= 500) {
            return new MailRefused("The mail server refused the mail (" + code + "): " + reason(failure), true);
        }
        return new MailRefused("The mail server did not take the mail: " + reason(failure), false);
    }

    static MailRefused classify(MailException failure) {
        if (failure instanceof MailAuthenticationException) {
            return new MailRefused("The mail server refused our credentials: " + failure.getMessage(), false);
        }
        if (failure instanceof MailSendException send) {
            for (Exception cause : send.getMessageExceptions()) {
                int code = replyCode(cause);
                if (code >= 500) {
                    return new MailRefused("The mail server refused the mail (" + code + "): " + reason(cause), true);
                }
            }
        }
        return new MailRefused("The mail server did not take the mail: " + reason(failure), false);
    }

    /** The SMTP reply code of a refusal (the last one found in the chain), 0 when there was none (e.g. no connection). */
    private static int replyCode(Throwable failure) {
        int code = 0;
        for (Throwable at = failure; at != null; at = next(at)) {
            if (at instanceof SMTPAddressFailedException address) {
                code = address.getReturnCode();
            } else if (at instanceof SMTPSendFailedException send) {
                code = Math.max(code, send.getReturnCode());
            }
        }
        return code;
    }

    private static Throwable next(Throwable at) {
        if (at instanceof SendFailedException send && send.getNextException() != null) {
            return send.getNextException();
        }
        if (at instanceof MessagingException messaging && messaging.getNextException() != null) {
            return messaging.getNextException();
        }
        return at.getCause() == at ? null : at.getCause();
    }

    private static String reason(Throwable failure) {
        Throwable root = failure;
        while (next(root) != null) {
            root = next(root);
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage().strip();
        return message.length() > 500 ? message.substring(0, 500) : message;
    }
}
