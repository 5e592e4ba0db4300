package app.convene.shared.ui;

import com.vaadin.flow.server.VaadinRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who may read the demo mailbox: an administrator, on a request from this machine (loopback). */
final class MailboxAccess {

    private MailboxAccess() {
    }

    static boolean allows(boolean administrator, String remoteAddress) {
        return administrator && loopback(remoteAddress);
    }

    /** The current reader and request. */
    static boolean allowsCurrent() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return allows(administrator(), request == null ? null : request.getRemoteAddr());
    }

    private static boolean administrator() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(authority -> "ROLE_ADMIN".equals(authority.getAuthority()));
    }

    private static boolean loopback(String address) {
        // Only literal addresses: the servlet's remote address is never a name, and no lookup is made.
        if (address == null || !address.matches("[0-9a-fA-F:.]+")) {
            return false;
        }
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
