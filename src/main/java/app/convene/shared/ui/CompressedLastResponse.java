package app.convene.shared.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.UIInternals;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.communication.ServerRpcHandler;
import com.vaadin.flow.server.communication.UidlRequestHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.springframework.stereotype.Component;

/**
 * Each UI keeps its last UIDL answer deflated instead of as a string (issue 19, decision 0051). Vaadin keeps the
 * answer to the last request of every UI ({@code UIInternals.setLastRequestResponse}, written by
 * {@code UidlRequestHandler.writeUidl}) only to send it again when the client repeats that request (a response lost
 * on the way: {@code ServerRpcHandler} throws {@code ClientResentPayloadException} and the handler writes the kept
 * text). After a navigation that answer holds the whole view; one character outside Latin-1 (a typographic quote in
 * a text) makes Java store all of it at two bytes a character: an initiative page's answer alone took ~112 KiB.
 * Here the answer is kept deflated on the UI and given back to Vaadin only when the request looks like a repeat
 * (its client id is the last one processed), so Vaadin's resending works as before.
 * <p>
 * The handler is Vaadin's own UIDL handler with two hooks; handlers added at service init are asked before the
 * built-in ones ({@code VaadinService.init} reverses the list), so it answers every UIDL request.
 */
@Component
class CompressedLastResponse implements VaadinServiceInitListener {

    /** Answers shorter than this stay as they are: a deflated copy would save next to nothing. */
    static final int KEPT_AS_TEXT_BELOW = 2_048;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addRequestHandler(new Handler());
    }

    /**
     * Vaadin's UIDL handler, deflating the answer it keeps after each request, and reading a request's body with a
     * buffer of its own size ({@link SizedRequestBody}, decision 0073).
     */
    static final class Handler extends UidlRequestHandler {

        /** {@code SynchronizedRequestHandler.handleRequest}, but for the buffer the body is read with. */
        @Override
        public boolean handleRequest(VaadinSession session, VaadinRequest request, VaadinResponse response)
                throws IOException {
            int length = isReadAndWriteOutsideSessionLock() && canHandleRequest(request)
                    ? SizedRequestBody.lengthToRead(request) : -1;
            if (length < 0) {
                return super.handleRequest(session, request, response);
            }
            String body = SizedRequestBody.read(request.getReader(), length);
            session.lock();
            try {
                Optional<ResponseWriter> writer = synchronizedHandleRequest(session, request, response, body);
                session.unlock(); // as Vaadin: the answer is written outside the session's lock
                if (writer.isPresent()) {
                    writer.get().writeResponse();
                }
                return writer.isPresent();
            } finally {
                if (session.hasLock()) {
                    session.unlock();
                }
            }
        }

        @Override
        public Optional<ResponseWriter> synchronizedHandleRequest(VaadinSession session, VaadinRequest request,
                VaadinResponse response, String requestBody) throws IOException {
            UI ui = session.getService().findUI(request);
            try {
                return super.synchronizedHandleRequest(session, request, response, requestBody);
            } finally {
                if (ui != null) {
                    deflate(ui);
                }
            }
        }

        @Override
        protected ServerRpcHandler createRpcHandler() {
            return new RestoringRpcHandler();
        }
    }

    /** Puts the kept answer back as text before Vaadin checks whether the client repeats its last request. */
    static final class RestoringRpcHandler extends ServerRpcHandler {

        @Override
        protected void handleRpc(UI ui, String message, VaadinRequest request, RpcRequest rpcRequest)
                throws MessageIdSyncException {
            if (rpcRequest.getClientToServerId() == ui.getInternals().getLastProcessedClientToServerId()) {
                inflate(ui);
            }
            super.handleRpc(ui, message, request, rpcRequest);
        }
    }

    /** The last answer, deflated (UTF-8). */
    record Deflated(byte[] bytes) implements Serializable {
    }

    /** Replaces the UI's last answer by its deflated copy (called with the session locked). */
    static void deflate(UI ui) {
        UIInternals internals = ui.getInternals();
        String text = internals.getLastRequestResponse();
        if (text == null) {
            return; // nothing new: still the deflated copy of an earlier answer, if any
        }
        if (text.length() < KEPT_AS_TEXT_BELOW) {
            ComponentUtil.setData(ui, Deflated.class, null);
            return;
        }
        ComponentUtil.setData(ui, Deflated.class, new Deflated(compress(text)));
        internals.setLastRequestResponse(null);
    }

    /** Gives Vaadin the last answer back as text (called with the session locked). */
    static void inflate(UI ui) {
        Deflated deflated = ComponentUtil.getData(ui, Deflated.class);
        if (deflated != null && ui.getInternals().getLastRequestResponse() == null) {
            ui.getInternals().setLastRequestResponse(decompress(deflated.bytes()));
        }
    }

    static byte[] compress(String text) {
        byte[] input = text.getBytes(StandardCharsets.UTF_8);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            deflater.setInput(input);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(input.length / 6 + 64);
            byte[] buffer = new byte[8_192];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    static String decompress(byte[] bytes) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(bytes);
            ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length * 6);
            byte[] buffer = new byte[8_192];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && inflater.needsInput()) {
                    throw new UncheckedIOException(new IOException("truncated deflated answer"));
                }
                out.write(buffer, 0, n);
            }
            return out.toString(StandardCharsets.UTF_8);
        } catch (DataFormatException e) {
            throw new UncheckedIOException(new IOException(e));
        } finally {
            inflater.end();
        }
    }
}
