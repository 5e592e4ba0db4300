package app.convene.support;

import app.convene.security.Actor;
import app.convene.shared.ui.RequestMemo;
import com.vaadin.flow.server.VaadinRequest;

/** For browserless tests, whose clicks all run in the one mock request of the test's UI. */
public final class Requests {

    private Requests() {
    }

    /** In a browser every click is a request of its own: what one request kept ({@link RequestMemo}) starts empty. */
    public static void newRequest() {
        VaadinRequest.getCurrent().removeAttribute(RequestMemo.class.getName());
    }

    /** A new request, of the reader (null: a visitor, signed out). */
    public static void newRequestOf(Actor reader) {
        newRequest();
        if (reader == null) {
            SignIn.out();
        } else {
            SignIn.as(reader);
        }
    }
}
